import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { getAuth } from "../lib/auth";
import { createScratchDatabase, type ScratchDatabase } from "../lib/database/scratch";

// The first admin of a real deployment is made on an empty database, so this file owns a scratch database of its own.
let database: ScratchDatabase;
const serverUrl = process.env.DATABASE_URL!;

function verso(...args: string[]) {
  const result = spawnSync("node_modules/.bin/tsx", ["--conditions=react-server", "cli/verso.ts", ...args], {
    env: { ...process.env, DATABASE_URL: database.url, BETTER_AUTH_URL: "http://verso.example" },
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function post(path: string, body: unknown) {
  return getAuth().handler(
    new Request(`http://localhost:3000/api/auth${path}`, { method: "POST", headers: { "content-type": "application/json", origin: "http://localhost:3000" }, body: JSON.stringify(body) }),
  );
}

beforeAll(async () => {
  database = await createScratchDatabase("cliuser");
});
afterAll(async () => {
  await database?.drop();
  process.env.DATABASE_URL = serverUrl;
});

describe("verso user", { timeout: 180_000 }, () => {
  test("makes the first admin of an empty database, lists people and deactivates one; the link signs in once", async () => {
    const empty = verso("import", "prisma/seed-article.txt");
    expect(empty.status).toBe(1);
    expect(empty.stderr).toMatch(/user add EMAIL --role admin/);

    const added = verso("user", "add", "First.Admin@Example.org", "--role", "admin", "--name", "Ada Admin");
    expect(added.stderr).toBe("");
    expect(added.status).toBe(0);
    const link = /http:\/\/verso\.example(\/reset-password\?token=\S+)/.exec(added.stdout)?.[1];
    expect(link).toBeDefined();

    const editor = verso("user", "add", "eddie@example.org", "--role", "editor,reviewer");
    expect(editor.status).toBe(0);
    expect(verso("user", "add", "x@example.org", "--role", "owner").stderr).toMatch(/"owner" is not a role/);
    expect(verso("user", "add", "first.admin@example.org", "--role", "admin").stderr).toMatch(/already an account/);

    const list = verso("user", "list");
    expect(list.stdout).toContain("first.admin@example.org\tAda Admin\tadmin\tactive");
    expect(list.stdout).toContain("eddie@example.org\teddie\teditor,reviewer\tactive");

    expect(verso("user", "deactivate", "eddie@example.org").status).toBe(0);
    expect(verso("user", "list").stdout).toContain("eddie@example.org\teddie\teditor,reviewer\tdeactivated");

    process.env.DATABASE_URL = database.url;
    const token = new URL(link!, "http://verso.example").searchParams.get("token");
    expect((await post("/reset-password", { newPassword: "the first admin's password", token })).status).toBe(200);
    expect((await post("/sign-in/email", { email: "first.admin@example.org", password: "the first admin's password" })).status).toBe(200);
  });
});
