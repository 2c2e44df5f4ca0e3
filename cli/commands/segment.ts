import { decodeText } from "../../lib/formats/text-input";
import { segmentText } from "../../lib/segment";
import { CliError } from "../cli-error";
import { readInputFile } from "../read-input-file";

/** All files are read and checked before anything is printed, so bad input prints nothing but the error. */
export async function segmentCommand(files: string[]) {
  if (files.length === 0) throw new CliError("give at least one FILE.");
  const lines: string[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = decodeText(await readInputFile(file)).text;
    } catch (error) {
      throw new CliError(error instanceof CliError ? error.message : `${file}: ${(error as Error).message}`);
    }
    const format = /\.(md|markdown)$/i.test(file) ? "markdown" : "text";
    const { blocks } = segmentText(text, { format });
    lines.push(
      JSON.stringify({
        file,
        blocks: blocks.map((block) => ({ kind: block.kind, start: block.start, end: block.end, segments: block.segments.map(({ start, end, text }) => ({ start, end, text })) })),
      }),
    );
  }
  process.stdout.write(lines.join("\n") + "\n");
}
