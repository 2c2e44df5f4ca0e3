// The command line's own figures for the Done-when: each command timed as a process, minus the start-up
// (the same command on a one-line file), the fastest of a few runs taken in turns.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The whole process's ms, and the ms the CLI reports for its command once its modules are loaded. */
function timeCommand(args: string[], databaseUrl: string): { process: number; own: number } {
  const start = performance.now();
  const result = spawnSync("node_modules/.bin/tsx", ["--conditions=react-server", "cli/verso.ts", ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl, VERSO_TIMING: "1" },
    stdio: ["ignore", "ignore", "pipe"],
    maxBuffer: 64 * 1024 * 1024,
  });
  const elapsed = performance.now() - start;
  if (result.status !== 0) throw new Error(`verso ${args[0]} failed: ${result.stderr}`);
  const own = /: ([\d.]+) ms after start-up/.exec(String(result.stderr));
  if (!own) throw new Error(`verso ${args[0]} printed no timing: ${result.stderr}`);
  return { process: elapsed, own: Number(own[1]) };
}

/**
 * ms of each file's work through the CLI, start-up subtracted, two ways: the process's time minus that of the same
 * command on a one-line file, and the time the CLI itself reports after loading its modules. The start-up (about a
 * second of tsx) varies by a fifth of a second from run to run, more than segmenting 10,000 Markdown blocks takes, so
 * the first is noise for small inputs; the second is not. Each is the fastest of `runs`, taken in turns.
 */
export function cliTimes(databaseUrl: string, files: { name: string; text: string; command: "segment" | "import" }[], runs = 5) {
  const dir = mkdtempSync(join(tmpdir(), "verso-bench-cli-"));
  try {
    const tiny = join(dir, "tiny.md");
    writeFileSync(tiny, "One line.\n");
    const paths = files.map((file, i) => join(dir, `${i}.${file.command === "segment" ? "md" : "txt"}`));
    files.forEach((file, i) => writeFileSync(paths[i], file.text));
    const commands = [["segment", tiny], ["import", tiny], ...files.map((file, i) => [file.command, paths[i]])];
    const fastest = commands.map(() => ({ process: Infinity, own: Infinity }));
    for (let round = 0; round < runs; round++) {
      commands.forEach((args, i) => {
        const { process, own } = timeCommand(args, databaseUrl);
        fastest[i] = { process: Math.min(fastest[i].process, process), own: Math.min(fastest[i].own, own) };
      });
    }
    const startUp = { segment: fastest[0].process, import: fastest[1].process };
    return files.map((file, i) => ({ name: file.name, processMinusStartUp: fastest[i + 2].process - startUp[file.command], own: fastest[i + 2].own }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
