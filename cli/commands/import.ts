import { basename } from "node:path";
import { importDocument } from "../../lib/server/documents/import-document";
import { CliError, readFlag } from "../cli-error";
import { readInputFile } from "../read-input-file";
import { withDatabase } from "../with-database";

export async function importCommand(args: string[]) {
  const title = readFlag(args, "--title");
  const [file, ...rest] = args;
  if (!file || rest.length > 0) throw new CliError("usage: import FILE [--title T]");
  const bytes = await readInputFile(file);
  const fileName = basename(file);
  const result = await withDatabase(() =>
    importDocument({
      actorId: null,
      bytes,
      fileName,
      input: { title: title ?? fileName.replace(/\.[^.]+$/, ""), format: /\.(md|markdown)$/i.test(file) ? "markdown" : "text" },
    }),
  );
  process.stdout.write(`${result.id}\n`);
}
