// The command line's own figures for the Done-when: each command timed as a process, minus the start-up
// (the same command on a one-line file), median of a few runs.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { median } from "./time-in-turns";

function timeCommand(args: string[], databaseUrl: string, runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync("node_modules/.bin/tsx", ["--conditions=react-server", "cli/verso.ts", ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ["ignore", "ignore", "pipe"],
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.status !== 0) throw new Error(`verso ${args[0]} failed: ${result.stderr}`);
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** ms of each file's work through the CLI, start-up subtracted: `segment` for Markdown, `import` for plain text. */
export function cliTimes(databaseUrl: string, files: { name: string; text: string; command: "segment" | "import" }[], runs = 3) {
  const dir = mkdtempSync(join(tmpdir(), "verso-bench-cli-"));
  try {
    const tiny = join(dir, "tiny.md");
    writeFileSync(tiny, "One line.\n");
    const startUp = { segment: timeCommand(["segment", tiny], databaseUrl, runs), import: timeCommand(["import", tiny], databaseUrl, runs) };
    return files.map((file, i) => {
      const path = join(dir, `${i}.${file.command === "segment" ? "md" : "txt"}`);
      writeFileSync(path, file.text);
      return { name: file.name, ms: Math.max(1, timeCommand([file.command, path], databaseUrl, runs) - startUp[file.command]) };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
