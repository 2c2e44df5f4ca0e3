import { getActorByEmail } from "../../lib/server/auth/get-actor-by-email";
import { importBackup } from "../../lib/server/backup/import-backup";
import { CliError, readFlag } from "../cli-error";
import { readInputFile } from "../read-input-file";
import { withDatabase } from "../with-database";

/** Restores a file written by `export ID --format backup` as a new document and prints its id. */
export async function importBackupCommand(args: string[]) {
  const as = readFlag(args, "--as");
  const [file, ...rest] = args;
  if (!file || rest.length > 0) throw new CliError("usage: import-backup FILE [--as EMAIL]");
  const bytes = await readInputFile(file);
  let json: string;
  try {
    json = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`${file}: not UTF-8 text, so not a Verso backup.`);
  }
  const result = await withDatabase(async () => importBackup({ actor: await getActorByEmail(as), json }));
  if (result.createdUsers.length > 0) {
    process.stderr.write(`Created ${result.createdUsers.length} account(s) without a password; re-invite them: ${result.createdUsers.join(", ")}\n`);
  }
  process.stdout.write(`${result.id}\n`);
}
