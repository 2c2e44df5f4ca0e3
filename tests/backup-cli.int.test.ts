import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, test } from "vitest";
import { getDb } from "../lib/db";
import { getActorByEmail } from "../lib/server/auth/get-actor-by-email";
import { exportBackup } from "../lib/server/backup/export-backup";
import { createEditedDocument } from "../lib/server/backup/fixtures/edited-document";
import { createTestActor, uniqueTitle } from "./factories";

const dir = mkdtempSync(join(tmpdir(), "verso-backup-"));

function verso(...args: string[]) {
  const result = spawnSync("node_modules/.bin/tsx", ["--conditions=react-server", "cli/verso.ts", ...args], { env: { ...process.env, DATABASE_URL: inject("databaseUrl") }, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each test starts up to three CLI processes, which take a while when other test files share the machine.
describe("verso export --format backup and import-backup", { timeout: 180_000 }, () => {
  let adminEmail = "";
  let adminId = "";
  let documentId = 0;
  beforeAll(async () => {
    const admin = await createTestActor("admin");
    adminEmail = admin.email;
    adminId = admin.id;
    documentId = await createEditedDocument(uniqueTitle("CLI backup"), { admin, editor: await createTestActor("editor"), reviewer: await createTestActor("reviewer") });
  });

  test("a backup restores as a new document whose backup is the same file", () => {
    const file = join(dir, "backup.json");
    expect(verso("export", String(documentId), "--format", "backup", "--out", file).status).toBe(0);
    const restored = verso("import-backup", file, "--as", adminEmail);
    expect(restored.stderr).toBe("");
    expect(restored.status).toBe(0);
    const id = restored.stdout.trim();
    expect(id).toMatch(/^\d+$/);
    expect(Number(id)).not.toBe(documentId);
    const again = verso("export", id, "--format", "backup");
    expect(again.status).toBe(0);
    expect(again.stdout).toBe(readFileSync(file, "utf8"));
  });

  test("`import` refuses a backup in one line pointing at import-backup, and stores nothing", async () => {
    const file = join(dir, "given-to-import.json");
    writeFileSync(file, await exportBackup({ actor: await getActorByEmail(adminEmail), documentId }));
    const mine = () => getDb().document.count({ where: { createdById: adminId } });
    const before = await mine();
    const result = verso("import", file, "--as", adminEmail);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^verso import: This file is a Verso backup: restore it with `import-backup FILE`/)]);
    expect(await mine()).toBe(before);
  });

  test.each([
    ["a file that is not JSON", "not json at all", /not valid: it is not JSON/],
    ["a backup of another version", JSON.stringify({ format: "verso-backup", version: 9 }), /version/],
  ])("refuses %s in one line, exits 1 and stores nothing", async (_label, content, message) => {
    const file = join(dir, `bad-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, content);
    // This file's documents, original and restored, are all created by its admin; other files import at the same time.
    const mine = () => getDb().document.count({ where: { createdById: adminId } });
    const before = await mine();
    const result = verso("import-backup", file, "--as", adminEmail);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(message);
    expect(await mine()).toBe(before);
  });
});
