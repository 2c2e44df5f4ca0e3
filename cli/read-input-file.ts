import { readFile } from "node:fs/promises";
import { CliError } from "./cli-error";

export async function readInputFile(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CliError(`${path}: no such file.`);
    if (code === "EISDIR") throw new CliError(`${path}: is a folder, not a file.`);
    throw new CliError(`${path}: cannot be read (${code ?? "unknown error"}).`);
  }
}
