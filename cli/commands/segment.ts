import { decodeText } from "../../lib/formats/text-input";
import { hasLanguageRules, segmentText, supportedLanguages } from "../../lib/segment";
import { CliError, readFlag } from "../cli-error";
import { readInputFile } from "../read-input-file";

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/;

/** `--lang pt-BR` segments with the rules of its primary subtag; a language without rules is refused, not guessed. */
function readLanguage(args: string[]): string {
  const language = readFlag(args, "--lang") ?? "en";
  if (!LANGUAGE_TAG.test(language)) throw new CliError(`--lang "${language}" is not a language tag such as en, ru or pt-BR.`);
  if (!hasLanguageRules(language)) {
    throw new CliError(`--lang "${language}": no sentence rules for this language. Known: ${supportedLanguages.join(", ")}.`);
  }
  return language;
}

/** All files are read and checked before anything is printed, so bad input prints nothing but the error. */
export async function segmentCommand(args: string[]) {
  const files = [...args];
  const language = readLanguage(files);
  if (files.length === 0) throw new CliError("give at least one FILE.");
  const unknown = files.find((file) => file.startsWith("--"));
  if (unknown) throw new CliError(`unknown option "${unknown}".`);
  const lines: string[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = decodeText(await readInputFile(file)).text;
    } catch (error) {
      throw new CliError(error instanceof CliError ? error.message : `${file}: ${(error as Error).message}`);
    }
    const format = /\.(md|markdown)$/i.test(file) ? "markdown" : "text";
    const { blocks } = segmentText(text, { language, format });
    lines.push(
      JSON.stringify({
        file,
        blocks: blocks.map((block) => ({ kind: block.kind, start: block.start, end: block.end, segments: block.segments.map(({ start, end, text }) => ({ start, end, text })) })),
      }),
    );
  }
  process.stdout.write(lines.join("\n") + "\n");
}
