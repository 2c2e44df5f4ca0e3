import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, test } from "vitest";
import { getDb } from "@/lib/db";
import { createTestActor, uniqueTitle } from "./factories";

const dir = mkdtempSync(join(tmpdir(), "verso-cli-cat-"));
const fixture = (name: string) => `tests/fixtures/cat/${name}`;

function verso(...args: string[]) {
  const result = spawnSync("node_modules/.bin/tsx", ["--conditions=react-server", "cli/verso.ts", ...args], {
    env: { ...process.env, DATABASE_URL: inject("databaseUrl") },
    encoding: "buffer",
  });
  return { status: result.status, stdout: result.stdout.toString("utf8"), stderr: result.stderr.toString("utf8") };
}

describe("verso import of CAT files", { timeout: 180_000 }, () => {
  let adminEmail = "";
  beforeAll(async () => {
    adminEmail = (await createTestActor("admin")).email;
  });

  test("imports XLIFF 2.0, exports it back as the same file, and takes an edited copy back with --into", async () => {
    const title = uniqueTitle("CLI XLIFF");
    const imported = verso("import", fixture("okapi-2.0.xlf"), "--title", title, "--as", adminEmail);
    expect(imported.status).toBe(0);
    const id = imported.stdout.trim();
    const exported = verso("export", id, "--format", "xliff", "--as", adminEmail);
    expect(exported.stdout).toBe(readFileSync(fixture("okapi-2.0.xlf"), "utf8"));
    const edited = join(dir, "edited.xlf");
    writeFileSync(edited, exported.stdout.replace("Lavrov and Blinken &amp; their teams.", "Lavrov, Blinken &amp; their teams."));
    const into = verso("import", edited, "--into", id, "--as", adminEmail);
    expect(into).toMatchObject({ status: 0, stdout: `${id}: 1 new proposal from 4 units\n` });
    const segment = await getDb().segment.findFirstOrThrow({ where: { documentId: Number(id), unitId: "u2/s3" }, include: { currentProposal: true } });
    expect(segment.currentProposal!.text).toBe("Lavrov, Blinken & their teams.");
    expect(await getDb().document.count({ where: { title } })).toBe(1);
  });

  test.each([
    ["billion-laughs.xlf", "The file declares a DOCTYPE"],
    ["xxe.xlf", "The file declares a DOCTYPE"],
    ["not-well-formed.xlf", "The file is not well-formed XML: line 4, column 71: unexpected close tag."],
    ["unknown-version.xlf", 'XLIFF version "3.0" is not supported'],
    ["missing-column.tsv", 'The TSV file has no "target" column'],
  ])("refuses %s with one line on stderr and stores nothing", async (name, message) => {
    const title = uniqueTitle(`CLI bad ${name}`);
    const result = verso("import", fixture(name), "--title", title, "--as", adminEmail);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    const messages = result.stderr.split("\n").filter((line) => line.startsWith("verso import:"));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(`verso import: ${message}`);
    expect(await getDb().document.count({ where: { title } })).toBe(0);
  });

  test("--into a document the file does not belong to says so and stores nothing", async () => {
    const first = verso("import", fixture("okapi-1.2.xlf"), "--title", uniqueTitle("CLI into A"), "--as", adminEmail).stdout.trim();
    const second = verso("import", fixture("okapi-2.0.xlf"), "--title", uniqueTitle("CLI into B"), "--as", adminEmail).stdout.trim();
    const file = join(dir, "a.xlf");
    writeFileSync(file, verso("export", first, "--format", "xliff", "--as", adminEmail).stdout.replace("borrowed", "lasted"));
    const result = verso("import", file, "--into", second, "--as", adminEmail);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^verso import: This file does not belong to document ${second}: 4 of its 4 units \\("tu1", "tu2", "tu3" and 1 more\\) are not in it\\. Nothing was imported\\.\\n$`));
    expect(await getDb().proposal.count({ where: { segment: { documentId: Number(second) } } })).toBe(0);
  });
});
