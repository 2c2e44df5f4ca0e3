import { basename } from "node:path";
import { getActorByEmail } from "../../lib/server/auth/get-actor-by-email";
import { importDocument } from "../../lib/server/documents/import-document";
import { importIntoDocument } from "../../lib/server/documents/import-into-document";
import { CliError, readFlag } from "../cli-error";
import { readInputFile } from "../read-input-file";
import { withDatabase } from "../with-database";

const USAGE = "usage: import MT_FILE [--source SOURCE_FILE] [--source-lang ru] [--target-lang en] [--title T] [--as EMAIL] | import FILE.xlf --into ID [--as EMAIL]";

export async function importCommand(args: string[]) {
  const title = readFlag(args, "--title");
  const as = readFlag(args, "--as");
  const sourcePath = readFlag(args, "--source");
  const sourceLanguage = readFlag(args, "--source-lang");
  const targetLanguage = readFlag(args, "--target-lang");
  const into = readFlag(args, "--into");
  const [file, ...rest] = args;
  if (!file || rest.length > 0) throw new CliError(USAGE);
  const bytes = await readInputFile(file);
  if (into !== undefined) {
    if (!/^\d+$/.test(into)) throw new CliError(`"${into}" is not a document id.`);
    if (sourcePath || title) throw new CliError("--into updates an existing document; it takes no --source or --title.");
    const updated = await withDatabase(async () => importIntoDocument({ actor: await getActorByEmail(as), documentId: into, bytes, fileName: basename(file) }));
    process.stdout.write(`${updated.documentId}: ${updated.proposals} new proposal${updated.proposals === 1 ? "" : "s"} from ${updated.units} units\n`);
    return;
  }
  const source = sourcePath ? { bytes: await readInputFile(sourcePath), fileName: basename(sourcePath) } : undefined;
  const fileName = basename(file);
  const result = await withDatabase(async () =>
    importDocument({
      actor: await getActorByEmail(as),
      bytes,
      fileName,
      source,
      input: {
        title: title ?? fileName.replace(/\.[^.]+$/, ""),
        format: /\.(md|markdown)$/i.test(file) ? "markdown" : "text",
        ...(sourceLanguage !== undefined && { sourceLanguage }),
        ...(targetLanguage !== undefined && { targetLanguage }),
      },
    }),
  );
  process.stdout.write(`${result.id}\n`);
}
