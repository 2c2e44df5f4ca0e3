import { AppError } from "../../lib/errors";
import { checkDocumentOf } from "../../lib/checks/document";
import { readGlossaryFile } from "../../lib/formats/glossary-read";
import { runChecks } from "../../lib/checks";
import { detectFormat } from "../../lib/formats/detect-format";
import { decodeText } from "../../lib/formats/text-input";
import { CliError, readFlag } from "../cli-error";
import { readInputFile } from "../read-input-file";

const BAD_INPUT = 2;

/** Prints one JSON line per finding; never opens a database. Bad input: one line on stderr, exit code 2. */
export async function checkCommand(args: string[]) {
  const rest = [...args];
  const { sourceFile, glossaryFile, pair } = withBadInput(() => ({
    sourceFile: readFlag(rest, "--source"),
    glossaryFile: readFlag(rest, "--glossary"),
    pair: readFlag(rest, "--lang-pair") ?? "ru-en",
  }));
  const languages = /^([a-z]{2,3})-([a-z]{2,3})$/i.exec(pair);
  if (!languages) throw new CliError(`--lang-pair takes two language codes such as ru-en, not "${pair}".`, BAD_INPUT);
  const [sourceLanguage, targetLanguage] = [languages[1].toLowerCase(), languages[2].toLowerCase()];
  if (rest.length !== 1 || rest[0].startsWith("--")) throw new CliError("give one MT_FILE (and optionally --source, --glossary, --lang-pair).", BAD_INPUT);
  const [mtFile] = rest;

  const mt = await readText(mtFile);
  const source = sourceFile === undefined ? undefined : await readText(sourceFile);
  const glossary = glossaryFile === undefined ? undefined : await readGlossary(glossaryFile, sourceLanguage, targetLanguage);
  const document = checkDocumentOf({ mt, source, sourceLanguage, targetLanguage, format: textFormat(mt, mtFile), sourceFormat: source === undefined ? undefined : textFormat(source, sourceFile), glossary });
  const lines = runChecks(document).map(({ segment, check, severity, start, end, text, message }) =>
    JSON.stringify({ segment, check, severity, start, end, text, message }),
  );
  if (lines.length > 0) process.stdout.write(lines.join("\n") + "\n");
}

/** How import would read the file: an HTML page by its content or name, Markdown by its name, else text. */
function textFormat(text: string, file: string | undefined): "text" | "markdown" | "html" {
  const format = detectFormat(text, file);
  return format === "html" || format === "markdown" ? format : "text";
}

async function readText(file: string): Promise<string> {
  const bytes = await withBadInputAsync(() => readInputFile(file));
  return withBadInput(() => decodeText(bytes).text, file);
}

async function readGlossary(file: string, sourceLanguage: string, targetLanguage: string) {
  if (!/\.(csv|tbx)$/i.test(file)) throw new CliError(`${file}: a glossary is a .csv or .tbx file.`, BAD_INPUT);
  const bytes = await withBadInputAsync(() => readInputFile(file));
  return withBadInput(() => readGlossaryFile(bytes, file, sourceLanguage, targetLanguage), file);
}

function withBadInput<T>(read: () => T, file?: string): T {
  try {
    return read();
  } catch (error) {
    throw asBadInput(error, file);
  }
}

async function withBadInputAsync<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    throw asBadInput(error);
  }
}

function asBadInput(error: unknown, file?: string): unknown {
  if (!(error instanceof CliError || error instanceof AppError)) return error;
  return new CliError(file && error instanceof AppError ? `${file}: ${error.message}` : error.message, BAD_INPUT);
}
