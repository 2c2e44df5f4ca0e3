// `npm run -s verso -- <command>`: Verso for scripts. One clear line on stderr and exit 1 on bad input.
import pino from "pino";
import { isAppError } from "../lib/errors";
import { useLogDestination } from "../lib/log";
import { CliError } from "./cli-error";

type Command = (args: string[]) => Promise<void>;

// Each command is loaded when it runs: `segment` and `score` need no database client, and loading every command's
// modules up front cost each run seconds of start-up.
const commands: Record<string, () => Promise<Command>> = {
  segment: async () => (await import("./commands/segment")).segmentCommand,
  check: async () => (await import("./commands/check")).checkCommand,
  import: async () => (await import("./commands/import")).importCommand,
  export: async () => (await import("./commands/export")).exportCommand,
  "import-backup": async () => (await import("./commands/import-backup")).importBackupCommand,
  score: async () => (await import("./commands/score")).scoreCommand,
  user: async () => (await import("./commands/user")).userCommand,
  tm: async () => (await import("./commands/tm")).tmCommand,
};

const usage = (exportFormats: readonly string[]) => `Usage: verso <command>
  segment [--lang XX] FILE...     sentence boundaries as JSON lines (no database); XX: the text's language, default en
  check MT_FILE [--source FILE] [--glossary FILE.csv|FILE.tbx] [--lang-pair ru-en]
                                  automatic checks' findings as JSON lines (no database; bad input: exit 2)
  import FILE [--title T]         import a text, Markdown, XLIFF, TMX, TSV/CSV or JSON lines file, print the new document's id
    [--source FILE --source-lang ru --target-lang en]
                                  with the source it was translated from: a bilingual document, aligned
  import FILE.xlf --into ID       an XLIFF file exported from document ID and edited elsewhere: new proposals where targets changed
  export ID --format FORMAT [--fill mt|latest] [--out FILE]
                                  print or write the document as ${exportFormats.join(", ")}
  import-backup FILE [--as EMAIL] restore a backup as a new document, print its id
  score FILE                      HTER and chrF of {"mt","pe"} JSON lines (no database)
  user add EMAIL --role ROLE[,ROLE] [--name NAME]
                                  add a person (the first admin, on an empty database); print a one-time sign-in link
  user list | user deactivate EMAIL
                                  list people, or deactivate one (their sessions and links stop working)
  tm import FILE.tmx | tm export [--source-lang L] [--target-lang L] [--out FILE]
                                  add a TMX file to the translation memory, or write the memory as TMX`;

async function main() {
  // stdout carries the command's output (an export, ids); log lines go to stderr.
  useLogDestination(pino.destination(2));
  const [name, ...args] = process.argv.slice(2);
  const load = name && Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!load) {
    // The export formats are read only here: lib/formats loads every exporter (docx and XML libraries).
    const USAGE = usage((await import("../lib/server/export/export-formats")).EXPORT_FORMATS);
    console.error(name ? `verso: unknown command "${name}".\n${USAGE}` : USAGE);
    process.exit(1);
  }
  try {
    const command = await load();
    const started = performance.now();
    await command(args);
    await flushed(process.stdout);
    // For npm run bench:import: the command's own time, its modules' loading (the start-up) left out.
    if (process.env.VERSO_TIMING === "1") console.error(`verso ${name}: ${(performance.now() - started).toFixed(1)} ms after start-up`);
    process.exit(0);
  } catch (error) {
    if (error instanceof CliError || isAppError(error)) console.error(`verso ${name}: ${error.message}`);
    else console.error(`verso ${name}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(error instanceof CliError ? error.exitCode : 1);
  }
}

/** A pipe is written asynchronously, and process.exit drops what is still queued: a long export came out cut at 64 KiB. */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => stream.write("", () => resolve()));
}

await main();
