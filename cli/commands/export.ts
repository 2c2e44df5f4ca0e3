import { writeFile } from "node:fs/promises";
import { getActorByEmail } from "../../lib/server/auth/get-actor-by-email";
import { exportDocument } from "../../lib/server/export/export-document";
import { EXPORT_FORMATS, isExportFormat } from "../../lib/server/export/export-formats";
import { CliError, readFlag, readSwitch } from "../cli-error";
import { withDatabase } from "../with-database";

/** The same files as the download buttons, through the same use case, as the account named by --as (default: the first admin). */
export async function exportCommand(args: string[]) {
  const format = readFlag(args, "--format") ?? "txt";
  const fill = readFlag(args, "--fill") ?? "mt";
  const raters = readFlag(args, "--raters") ?? "emails";
  const markUnapproved = readSwitch(args, "--mark-unapproved");
  const out = readFlag(args, "--out");
  const as = readFlag(args, "--as");
  const [id, ...rest] = args;
  if (!id || rest.length > 0) {
    throw new CliError(`usage: export ID --format ${EXPORT_FORMATS.join("|")} [--fill mt|latest] [--raters emails|anonymous] [--mark-unapproved] [--out FILE] [--as EMAIL]`);
  }
  if (!/^\d+$/.test(id)) throw new CliError(`"${id}" is not a document id.`);
  if (!isExportFormat(format)) throw new CliError(`unknown format "${format}"; use one of ${EXPORT_FORMATS.join(", ")}.`);
  if (fill !== "mt" && fill !== "latest") throw new CliError(`--fill is mt or latest, not "${fill}".`);
  if (raters !== "emails" && raters !== "anonymous") throw new CliError(`--raters is emails or anonymous, not "${raters}".`);
  const file = await withDatabase(async () => exportDocument({ actor: await getActorByEmail(as), documentId: id, format, fill, raters, markUnapproved }));
  if (out) await writeFile(out, file.body);
  else process.stdout.write(file.body);
}
