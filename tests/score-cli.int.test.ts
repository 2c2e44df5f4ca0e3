import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "verso-score-"));
const pair = (mt: string, pe: string) => JSON.stringify({ mt, pe });

/** DATABASE_URL points at nothing: `score` must not need a database. */
function score(content: string) {
  const file = join(dir, `input-${Math.random().toString(36).slice(2)}.jsonl`);
  writeFileSync(file, content);
  const result = spawnSync("node_modules/.bin/tsx", ["--conditions=react-server", "cli/verso.ts", "score", file], {
    env: { ...process.env, DATABASE_URL: "postgresql://nobody@127.0.0.1:1/nothing" },
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("verso score", () => {
  test("prints HTER and chrF per line, then the corpus scores, as sacrebleu computes them", () => {
    const result = score([pair("d e f g h a b c", "a b c d e f g h"), "", pair("a b", "a b")].join("\n") + "\n");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(['{"hter":12.5,"chrf":52.9}', '{"hter":0,"chrf":100}', '{"corpus":{"hter":10,"chrf":53.19}}', ""].join("\n"));
  });

  test("scores the seed article's literal verb", () => {
    const result = score(pair("The meeting borrowed an hour and a half", "The meeting lasted an hour and a half") + "\n");
    const [segment, corpus] = result.stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(segment.hter).toBe(12.5);
    expect(corpus.corpus.hter).toBe(12.5);
    expect(segment.chrf).toBeGreaterThan(70);
  });

  test.each([
    ["a line that is not JSON", [pair("a", "b"), "{mt: 1"].join("\n"), /line 2: not valid JSON/],
    ["a missing post-edit", JSON.stringify({ mt: "a" }), /line 1: "pe" is missing/],
    ["a number for the MT", JSON.stringify({ mt: 3, pe: "a" }), /line 1: "mt" must be a string, got number 3/],
    ["an array", `\n\n[1, 2]`, /line 3: expected a JSON object/],
    ["an empty file", "", /no segments/],
  ])("reports %s on one stderr line, prints nothing and exits 1", (_label, content, message) => {
    const result = score(content);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/^verso score: .*input-/);
  });
});
