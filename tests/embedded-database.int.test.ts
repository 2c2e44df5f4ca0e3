import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import pg from "pg";
import { afterAll, expect, test } from "vitest";
import { SHARED_ROOT } from "../lib/database/embedded-location";
import { startEmbeddedPostgres } from "../lib/database/embedded";

// mkdtemp makes the folder 0700, like a clone in /root: closed to the user PostgreSQL runs as when Verso runs as root.
const root = mkdtempSync(join(tmpdir(), "verso-closed-"));

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

function passwordOf(url: string) {
  return decodeURIComponent(new URL(url).password);
}

afterAll(() => {
  const recorded = join(root, ".data", "pg-location");
  if (existsSync(recorded)) {
    const dataDir = readFileSync(recorded, "utf8").trim();
    if (dataDir.startsWith(SHARED_ROOT + "/")) rmSync(dirname(dataDir), { recursive: true, force: true });
  }
  rmSync(root, { recursive: true, force: true });
});

test("the embedded PostgreSQL starts from a folder closed to others, with a password of its own; an old install moves to one", async () => {
  const first = await startEmbeddedPostgres(root);
  try {
    expect(first.created).toBe(true);
    expect(await query(first.url, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
    const file = join(root, ".data", "pg-password");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(passwordOf(first.url)).toBe(readFileSync(file, "utf8").trim());
    expect(passwordOf(first.url)).not.toBe("verso-local");
    // What every install before this change has: the shared constant password and no password file.
    await query(first.url, "ALTER ROLE postgres PASSWORD 'verso-local'");
    rmSync(file);
  } finally {
    await first.stop();
  }

  const upgraded = await startEmbeddedPostgres(root);
  try {
    expect(upgraded.created).toBe(false);
    expect(await query(upgraded.url, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
    const legacy = new URL(upgraded.url);
    legacy.password = "verso-local";
    await expect(query(legacy.toString(), "SELECT 1")).rejects.toMatchObject({ code: "28P01" });
  } finally {
    await upgraded.stop();
  }
});
