import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, inject, describe, expect, test } from "vitest";
import { createTestActor } from "./factories";

const dir = mkdtempSync(join(tmpdir(), "verso-cli-"));
const seedPath = "prisma/seed-article.txt";

function verso(...args: string[]) {
  const result = spawnSync("node_modules/.bin/tsx", ["--conditions=react-server", "cli/verso.ts", ...args], {
    env: { ...process.env, DATABASE_URL: inject("databaseUrl") },
    encoding: "buffer",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.toString("utf8") };
}

// Each test starts up to three CLI processes, which take a while when other test files share the machine.
describe("verso CLI", { timeout: 180_000 }, () => {
  let adminEmail = "";
  let editorEmail = "";
  beforeAll(async () => {
    adminEmail = (await createTestActor("admin")).email;
    editorEmail = (await createTestActor("editor")).email;
  });

  test("segment prints one JSON line per file with offsets into the text", () => {
    const other = join(dir, "two.txt");
    writeFileSync(other, "A heading\n\nOne sentence. Another one.\n");
    const result = verso("segment", seedPath, other);
    expect(result.status).toBe(0);
    const lines = result.stdout.toString("utf8").trim().split("\n").map((line) => JSON.parse(line));
    expect(lines).toHaveLength(2);
    const text = readFileSync(seedPath, "utf8");
    expect(lines[0].file).toBe(seedPath);
    for (const block of lines[0].blocks) for (const segment of block.segments) expect(text.slice(segment.start, segment.end)).toBe(segment.text);
    expect(lines[0].blocks[0]).toMatchObject({ kind: "title", start: 0 });
    expect(lines[1].blocks.flatMap((block: { segments: { text: string }[] }) => block.segments.map((s) => s.text))).toEqual(["A heading", "One sentence.", "Another one."]);
  });

  test("output to a pipe is written whole before the command exits, however long (an export of a book)", () => {
    const book = join(dir, "book.txt");
    writeFileSync(book, Array.from({ length: 200 }, (_, p) => Array.from({ length: 50 }, (_, s) => `Paragraph ${p} has sentence ${s}.`).join(" ")).join("\n\n"));
    const result = verso("segment", book);
    expect(result.status).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(65_536);
    expect(JSON.parse(result.stdout.toString("utf8")).blocks).toHaveLength(200);
  });

  test("segment --lang segments with that language's rules and refuses a language it has no rules for", () => {
    const file = join(dir, "es.txt");
    writeFileSync(file, "Buenos días, soy el Lic. Naser Pastoriza. ¿Cómo está hoy?");
    const sentences = (result: { stdout: Buffer }) =>
      JSON.parse(result.stdout.toString("utf8")).blocks.flatMap((block: { segments: { text: string }[] }) => block.segments.map((s) => s.text));
    const spanish = verso("segment", "--lang", "es-MX", file);
    expect(spanish.status).toBe(0);
    expect(sentences(spanish)).toEqual(["Buenos días, soy el Lic. Naser Pastoriza.", "¿Cómo está hoy?"]);
    expect(sentences(verso("segment", file))).toEqual(["Buenos días, soy el Lic.", "Naser Pastoriza.", "¿Cómo está hoy?"]);
    const unknown = verso("segment", "--lang", "xx", file);
    expect(unknown.status).toBe(1);
    expect(unknown.stdout.length).toBe(0);
    expect(unknown.stderr).toMatch(/--lang "xx": no sentence rules for this language\. Known: .*\bes\b/);
    expect(verso("segment", "--lang", "e!", file).stderr).toMatch(/not a language tag/);
  });

  test("import then export gives back the seed byte for byte", () => {
    const imported = verso("import", seedPath, "--title", `CLI seed ${Date.now()}`, "--as", adminEmail);
    // A first command on a new database prepares it as npm start does, and says so; nothing else may be on stderr.
    expect(imported.stderr.split("\n").filter((line) => line && !/^(Seeded|Applied migrations|Created the demo accounts)/.test(line))).toEqual([]);
    expect(imported.status).toBe(0);
    const id = imported.stdout.toString("utf8").trim();
    expect(id).toMatch(/^\d+$/);
    const exported = verso("export", id, "--format", "txt", "--as", adminEmail);
    expect(exported.status).toBe(0);
    expect(exported.stdout.equals(readFileSync(seedPath))).toBe(true);
  });

  test.each([
    ["a missing file", ["segment", join(dir, "missing.txt")], /no such file/],
    ["a file that is not UTF-8", ["import", "BAD_BYTES"], /not UTF-8/],
    ["an empty file", ["import", "EMPTY"], /empty/],
    ["an unknown document id", ["export", "987654321", "--format", "txt"], /no document 987654321/],
    ["an unknown format", ["export", "1", "--format", "pdf"], /unknown format/],
    ["an unknown account", ["import", seedPath, "--as", "nobody@test.local"], /no account nobody@test.local/],
    ["an export by an editor", ["export", "1", "--format", "txt", "--as", "EDITOR"], /may not do this/],
  ])("reports %s in one line on stderr and exits 1", (_label, args, message) => {
    const bad = join(dir, "bad.txt");
    writeFileSync(bad, Buffer.from([0x41, 0xff, 0xfe, 0x42]));
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "");
    const result = verso(...args.map((arg) => (({ BAD_BYTES: bad, EMPTY: empty, EDITOR: editorEmail }) as Record<string, string>)[arg] ?? arg));
    expect(result.status).toBe(1);
    expect(result.stdout.length).toBe(0);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });
});
