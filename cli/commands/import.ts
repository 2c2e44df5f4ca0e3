import { basename } from "node:path";
import { getActorByEmail } from "../../lib/server/auth/get-actor-by-email";
import { importDocument } from "../../lib/server/documents/import-document";
import { CliError, readFlag } from "../cli-error";
import { readInputFile } from "../read-input-file";
import { withDatabase } from "../with-database";

export async function importCommand(args: string[]) {
  const title = readFlag(args, "--title");
  const as = readFlag(args, "--as");
  const [file, ...rest] = args;
  if (!file || rest.length > 0) throw new CliError("usage: import FILE [--title T] [--as EMAIL]");
  const bytes = await readInputFile(file);
  const fileName = basename(file);
  const result = await withDatabase(async () =>
    importDocument({
      actor: await getActorByEmail(as),
      bytes,
      fileName,
      input: { title: title ?? fileName.replace(/\.[^.]+$/, ""), format: /\.(md|markdown)$/i.test(file) ? "markdown" : "text" },
    }),
  );
  process.stdout.write(`${result.id}\n`);
}
