import { writeFile } from "node:fs/promises";
import { getActorByEmail } from "../../lib/server/auth/get-actor-by-email";
import { downloadDocument } from "../../lib/server/export/download-document";
import { EXPORT_FORMATS, type ExportFormat } from "../../lib/server/export/export-document";
import { CliError, readFlag } from "../cli-error";
import { withDatabase } from "../with-database";

/** The same files as the download buttons, with the same permission check, as the account named by --as (default: the first admin). */
export async function exportCommand(args: string[]) {
  const format = readFlag(args, "--format") ?? "txt";
  const fill = readFlag(args, "--fill") ?? "mt";
  const out = readFlag(args, "--out");
  const as = readFlag(args, "--as");
  const [id, ...rest] = args;
  if (!id || rest.length > 0) throw new CliError(`usage: export ID --format ${EXPORT_FORMATS.join("|")} [--fill mt|latest] [--out FILE] [--as EMAIL]`);
  if (!/^\d+$/.test(id)) throw new CliError(`"${id}" is not a document id.`);
  if (!EXPORT_FORMATS.includes(format as ExportFormat)) throw new CliError(`unknown format "${format}"; use one of ${EXPORT_FORMATS.join(", ")}.`);
  if (fill !== "mt" && fill !== "latest") throw new CliError(`--fill is mt or latest, not "${fill}".`);
  const file = await withDatabase(async () => downloadDocument({ actor: await getActorByEmail(as), documentId: Number(id), format, fill }));
  if (out) await writeFile(out, file.body);
  else process.stdout.write(file.body);
}
