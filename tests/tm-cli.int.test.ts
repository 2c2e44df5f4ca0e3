import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, test } from "vitest";
import { getDb } from "../lib/db";
import { createTestActor } from "./factories";
import { uniqueWord } from "./tm-fixtures";

const dir = mkdtempSync(join(tmpdir(), "verso-tm-cli-"));

function verso(...args: string[]) {
  const result = spawnSync("node_modules/.bin/tsx", ["--conditions=react-server", "cli/verso.ts", ...args], { env: { ...process.env, DATABASE_URL: inject("databaseUrl") }, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("verso tm", { timeout: 180_000 }, () => {
  let reviewerEmail = "", editorEmail = "";
  beforeAll(async () => {
    [reviewerEmail, editorEmail] = (await Promise.all([createTestActor("reviewer"), createTestActor("editor")])).map((actor) => actor.email);
  });

  test("imports a TMX file and exports it back; a bad file and an editor are refused with one line, storing nothing", async () => {
    const word = uniqueWord();
    const lang = `qaa-x-${word.toLowerCase().slice(3, 11)}`;
    const file = join(dir, "memory.tmx");
    writeFileSync(file, `<?xml version="1.0"?><tmx version="1.4"><header srclang="${lang}"/><body><tu tuid="a1"><tuv xml:lang="${lang}"><seg>Слово ${word}</seg></tuv><tuv xml:lang="en"><seg>The word ${word}</seg></tuv></tu></body></tmx>`);
    const imported = verso("tm", "import", file, "--as", reviewerEmail);
    expect(imported.stderr.split("\n").filter((line) => line.startsWith("verso"))).toEqual([]);
    expect(JSON.parse(imported.stdout)).toMatchObject({ imported: 1, skipped: 0, sourceLanguage: lang });
    const out = join(dir, "out.tmx");
    expect(verso("tm", "export", "--source-lang", lang, "--out", out, "--as", reviewerEmail).status).toBe(0);
    expect(readFileSync(out, "utf8")).toContain(`<tu tuid="a1"`);

    const bad = join(dir, "bad.tmx");
    writeFileSync(bad, `<tmx version="1.4"><body><tu><tuv xml:lang="ru"><seg>Другое ${word}</seg></tuv>`);
    const refused = verso("tm", "import", bad, "--as", reviewerEmail);
    expect([refused.status, refused.stderr]).toEqual([1, expect.stringMatching(/^verso tm: The file is not well-formed XML/m)]);
    expect(verso("tm", "import", file, "--as", editorEmail)).toMatchObject({ status: 1, stderr: expect.stringMatching(/may not do this \(tm\.manage\)/) });
    expect(await getDb().translationMemoryEntry.count({ where: { sourceText: { contains: word } } })).toBe(1);
  });
});
