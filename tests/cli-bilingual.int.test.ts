import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, test } from "vitest";
import { getDb } from "@/lib/db";
import { createTestActor, uniqueTitle } from "./factories";

const dir = mkdtempSync(join(tmpdir(), "verso-cli-bilingual-"));
const mtPath = "lib/align/fixtures/geneva-en.txt";
const sourcePath = "lib/align/fixtures/geneva-ru.txt";

function verso(...args: string[]) {
  const result = spawnSync("node_modules/.bin/tsx", ["--conditions=react-server", "cli/verso.ts", ...args], {
    env: { ...process.env, DATABASE_URL: inject("databaseUrl") },
    encoding: "buffer",
  });
  return { status: result.status, stdout: result.stdout.toString("utf8"), stderr: result.stderr.toString("utf8") };
}

describe("verso import --source", { timeout: 180_000 }, () => {
  let adminEmail = "";
  beforeAll(async () => {
    adminEmail = (await createTestActor("admin")).email;
  });

  test("imports a Russian source with its English MT as one bilingual document, and exports the MT byte for byte", async () => {
    const title = uniqueTitle("CLI bilingual");
    const imported = verso("import", mtPath, "--source", sourcePath, "--source-lang", "ru", "--target-lang", "en", "--title", title, "--as", adminEmail);
    expect(imported.status).toBe(0);
    const id = Number(imported.stdout.trim());
    const document = await getDb().document.findUniqueOrThrow({ where: { id }, include: { segments: { orderBy: { order: "asc" } } } });
    expect(document).toMatchObject({ title, sourceFileName: "geneva-ru.txt", fileName: "geneva-en.txt", sourceLanguage: "ru", targetLanguage: "en" });
    expect(document.sourceText).toBe(readFileSync(sourcePath, "utf8"));
    expect(document.segments).toHaveLength(23);
    expect(document.segments[3]).toMatchObject({ sourceText: expect.stringMatching(/^В Женеве по инициативе/), mtText: expect.stringMatching(/^In Geneva at the initiative/) });
    const exported = verso("export", String(id), "--format", "txt", "--as", adminEmail);
    expect(exported.stdout).toBe(readFileSync(mtPath, "utf8"));
  });

  test("refuses a source that is not UTF-8 and a bad language tag, with a message, storing nothing", async () => {
    const bad = join(dir, "bad.txt");
    writeFileSync(bad, Buffer.from([0x48, 0xff, 0xfe]));
    const title = uniqueTitle("CLI bad source");
    const notUtf8 = verso("import", mtPath, "--source", bad, "--title", title, "--as", adminEmail);
    expect(notUtf8.status).not.toBe(0);
    expect(notUtf8.stderr).toMatch(/Source: the source file is not UTF-8/);
    const badTag = verso("import", mtPath, "--source", sourcePath, "--source-lang", "ru_RU!", "--title", title, "--as", adminEmail);
    expect(badTag.status).not.toBe(0);
    expect(badTag.stderr).toMatch(/BCP 47/);
    const missing = verso("import", mtPath, "--source", join(dir, "missing.txt"), "--title", title, "--as", adminEmail);
    expect(missing.stderr).toMatch(/no such file/);
    expect(await getDb().document.count({ where: { title } })).toBe(0);
  });
});
