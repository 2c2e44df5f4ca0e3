import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { expect, inject, test } from "vitest";
import { migrateDatabase } from "../lib/database/migrate";

const MIGRATION = readdirSync("prisma/migrations").find((name) => name.endsWith("_segment_order_unique"))!;

/** A project root holding every migration before the one that makes segment orders unique. */
function rootBeforeRepair() {
  const root = mkdtempSync(join(tmpdir(), "verso-before-repair-"));
  cpSync("prisma", join(root, "prisma"), { recursive: true, filter: (path) => !path.includes(MIGRATION) });
  return root;
}

async function onDatabase<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

test("the migration renumbers orders left duplicated, gapped or swapped by old races, then refuses a duplicate", async () => {
  const server = new URL(inject("databaseUrl"));
  const name = `verso_repair_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
  await onDatabase(server.toString(), (client) => client.query(`CREATE DATABASE ${name}`));
  const url = Object.assign(new URL(server), { pathname: `/${name}` }).toString();
  const root = rootBeforeRepair();
  try {
    await migrateDatabase(url, root);
    const documentId = await onDatabase(url, async (client) => {
      const { rows } = await client.query(`INSERT INTO "Document" (title, "originalBytes", text, "updatedAt") VALUES ('Old race', '\\x', 'x', now()) RETURNING id`);
      const id = rows[0].id as number;
      const blocks = await client.query(`INSERT INTO "Block" ("documentId", "order", kind, start, "end", text, separator) VALUES ($1, 0, 'title', 0, 9, '', ''), ($1, 1, 'paragraph', 10, 50, '', '') RETURNING id`, [id]);
      const [title, paragraph] = blocks.rows.map((row) => row.id as number);
      // [block, start, order]: a duplicate 3, the half at 30 numbered before the one at 20, and a gap up to 7.
      const segments = [[title, 0, 1], [paragraph, 10, 3], [paragraph, 20, 3], [paragraph, 30, 2], [paragraph, 40, 7]];
      for (const [blockId, start, order] of segments) {
        await client.query(`INSERT INTO "Segment" ("documentId", "blockId", "order", start, "end", "mtText", "updatedAt") VALUES ($1, $2, $3, $4, $4 + 5, 'x', now())`, [id, blockId, order, start]);
      }
      return id;
    });

    expect(await migrateDatabase(url)).toEqual([MIGRATION]);
    await onDatabase(url, async (client) => {
      const { rows } = await client.query(`SELECT start, "order" FROM "Segment" WHERE "documentId" = $1 ORDER BY start`, [documentId]);
      expect(rows).toEqual([0, 10, 20, 30, 40].map((start, i) => ({ start, order: i + 1 })));
      // Checked at commit, so one UPDATE may shift orders through each other, but a duplicate cannot be stored.
      await client.query(`UPDATE "Segment" SET "order" = "order" + 1 WHERE "documentId" = $1 AND "order" > 1`, [documentId]);
      await expect(client.query(`UPDATE "Segment" SET "order" = 1 WHERE "documentId" = $1 AND "order" = 3`, [documentId])).rejects.toMatchObject({ code: "23505" });
    });
  } finally {
    rmSync(root, { recursive: true, force: true });
    await onDatabase(server.toString(), (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  }
});
