import { writeFile } from "node:fs/promises";
import { decodeTmxBytes } from "../../lib/formats/tmx-bytes";
import { getActorByEmail } from "../../lib/server/auth/get-actor-by-email";
import { exportTm } from "../../lib/server/tm/export-tm";
import { importTm } from "../../lib/server/tm/import-tm";
import { CliError, readFlag } from "../cli-error";
import { readInputFile } from "../read-input-file";
import { withDatabase } from "../with-database";

const USAGE = "usage: tm import FILE.tmx [--as EMAIL] | tm export [--source-lang L] [--target-lang L] [--out FILE] [--as EMAIL]";

/** `tm import FILE`: adds a TMX file's pairs to the translation memory; `tm export`: the memory as TMX. */
export async function tmCommand(args: string[]) {
  const as = readFlag(args, "--as");
  const [sub, ...rest] = args;
  if (sub === "import") {
    const [file, ...extra] = rest;
    if (!file || extra.length > 0) throw new CliError(USAGE);
    const xml = decodeTmxBytes(await readInputFile(file));
    const result = await withDatabase(async () => importTm({ actor: await getActorByEmail(as), xml, fileName: file.split("/").pop() }));
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } else if (sub === "export") {
    const sourceLanguage = readFlag(rest, "--source-lang");
    const targetLanguage = readFlag(rest, "--target-lang");
    const out = readFlag(rest, "--out");
    if (rest.length > 0) throw new CliError(USAGE);
    const { tmx } = await withDatabase(async () => exportTm({ actor: await getActorByEmail(as), sourceLanguage, targetLanguage }));
    if (out) await writeFile(out, tmx);
    else process.stdout.write(tmx);
  } else throw new CliError(USAGE);
}
