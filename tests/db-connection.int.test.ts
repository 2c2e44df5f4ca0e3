import { inject, expect, test } from "vitest";
import pg from "pg";
import { getPool } from "@/lib/db";

test("an idle connection the server closes is dropped from the pool; the next query opens another and the process goes on", async () => {
  const { rows } = await getPool().query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
  const admin = new pg.Client({ connectionString: inject("databaseUrl") });
  await admin.connect();
  try {
    await admin.query("SELECT pg_terminate_backend($1)", [rows[0].pid]);
  } finally {
    await admin.end();
  }
  // The pool hears of it on its idle connection; unhandled, that error would end this process.
  await expect.poll(() => getPool().totalCount === 0 || getPool().idleCount === 0, { timeout: 10_000 }).toBe(true);
  const after = await getPool().query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
  expect(after.rows[0].pid).not.toBe(rows[0].pid);
});
