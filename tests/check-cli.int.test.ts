import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "verso-check-"));
const sample = JSON.parse(readFileSync(new URL("../../shared/bench/checks/sample-ru-en.json", import.meta.url), "utf8")) as {
  source: string[];
  mt: string[];
  glossary_csv: string;
};

function file(name: string, content: string | Uint8Array) {
  const path = join(dir, `${Math.random().toString(36).slice(2)}-${name}`);
  writeFileSync(path, content);
  return path;
}

/** DATABASE_URL points at nothing: `check` must not need a database. */
function check(...args: string[]) {
  const result = spawnSync("node_modules/.bin/tsx", ["--conditions=react-server", "cli/verso.ts", "check", ...args], {
    env: { ...process.env, DATABASE_URL: "postgresql://nobody@127.0.0.1:1/nothing" },
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("verso check", () => {
  test("reads an HTML page as import does: offsets are in the sentence's visible text, with its placeholders", () => {
    const mt = file("page.html", '<!DOCTYPE html><p>Talks began on <b>10 January</b> .</p><script>var s = "ok ,";</script>');
    const source = file("source.html", "<p>Переговоры начались <b>10 января</b>.</p>");
    const result = check(mt, "--source", source);
    expect(result.status).toBe(0);
    const findings = result.stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(findings).toEqual([expect.objectContaining({ segment: 1, check: "punctuation-spacing", start: 32, end: 34, text: " ." })]);
    expect("Talks began on ⟦1⟧10 January⟦/1⟧ .".slice(32, 34)).toBe(" .");
  });

  test("prints one JSON line per finding on the sample, aligned with its source and glossary", () => {
    const mt = file("mt.txt", sample.mt.join("\n\n") + "\n");
    const source = file("source.txt", sample.source.join("\n\n") + "\n");
    const glossary = file("glossary.csv", sample.glossary_csv);
    const result = check(mt, "--source", source, "--glossary", glossary, "--lang-pair", "ru-en");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const findings = result.stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(findings[0]).toEqual({
      segment: 1,
      check: "number-mismatch",
      severity: "error",
      start: 41,
      end: 42,
      text: "8",
      message: expect.stringContaining('"3"'),
    });
    const found = findings.map((f) => `${f.segment} ${f.check} ${f.text}`);
    expect(found).toEqual(expect.arrayContaining(["5 doubled-word in in", "9 punctuation-spacing  ,", "11 glossary Ministry of Finance"]));
    expect(findings.filter((f) => [2, 10, 12].includes(f.segment))).toEqual([]);
  });

  test("counts offsets in code points and works without a source", () => {
    const result = check(file("mt.txt", "😀 He was in in Moscow.\n"));
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ segment: 1, check: "doubled-word", start: 9, end: 14, text: "in in" });
  });

  test("prints nothing for a clean text", () => {
    const result = check(file("mt.txt", "The summit took place in Moscow.\n"));
    expect(result).toEqual({ status: 0, stdout: "", stderr: "" });
  });

  test.each([
    ["a missing file", () => [join(dir, "nothing.txt")], /no such file/],
    ["a file that is not UTF-8", () => [file("latin1.txt", new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a]))], /not UTF-8/],
    ["an empty file", () => [file("empty.txt", "  \n")], /empty/],
    ["a malformed glossary", () => [file("mt.txt", "Text.\n"), "--glossary", file("g.csv", 'Минфин,"Finance\n')], /not valid CSV/],
    ["an empty glossary", () => [file("mt.txt", "Text.\n"), "--glossary", file("g.csv", "source,target\n")], /no terms/],
    ["a TBX with a DOCTYPE", () => [file("mt.txt", "Text.\n"), "--glossary", file("g.tbx", '<!DOCTYPE martif SYSTEM "x.dtd"><martif/>')], /DOCTYPE/],
    ["a glossary of another format", () => [file("mt.txt", "Text.\n"), "--glossary", file("g.txt", "a,b")], /\.csv or \.tbx/],
    ["a bad language pair", () => [file("mt.txt", "Text.\n"), "--lang-pair", "russian"], /--lang-pair/],
    ["no file", () => [], /MT_FILE/],
  ])("reports %s on one stderr line, prints nothing and exits 2", (_label, args, message) => {
    const result = check(...args());
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/^verso check: /);
  });
});
