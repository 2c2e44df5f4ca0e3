import { scoreLines } from "../../lib/metrics/score-lines";
import { CliError } from "../cli-error";
import { readInputFile } from "../read-input-file";

/** Pure: reads JSON lines of MT and post-edit, prints HTER and chrF; never opens the database. */
export async function scoreCommand(args: string[]) {
  const [file, ...rest] = args;
  if (!file || rest.length > 0) throw new CliError('usage: score FILE (one {"mt": "...", "pe": "..."} per line)');
  const bytes = await readInputFile(file);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`${file}: not UTF-8 text.`);
  }
  const result = scoreLines(text);
  // A JSON parser's message may quote the bad line, stray carriage returns included; the error stays on one line.
  if ("error" in result) throw new CliError(`${file}: ${result.error.replace(/\s+/g, " ")}`);
  process.stdout.write(result.lines.join("\n") + "\n");
}
