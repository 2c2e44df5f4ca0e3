// The database's own share of an import: an imported document's rows copied inside PostgreSQL, with no client work.
import { getDb } from "@/lib/db";
import { median } from "./time-in-turns";

export type DatabaseFloor = { document: number; rows: number; withoutForeignKeys: number | null };

/**
 * Median ms of writing a copy of document `documentId` (its row, blocks and segments) in one transaction through
 * INSERT ... SELECT from its own rows: the same rows, indexes and constraints an import writes, none of the import's
 * JavaScript. The copy is deleted after each run. `withoutForeignKeys` repeats the block and segment insert with
 * foreign-key triggers off (`session_replication_role`, a superuser setting: null where the bench lacks it), to show
 * what those per-row checks cost.
 */
export async function databaseFloor(documentId: number, runs: number): Promise<DatabaseFloor> {
  const db = getDb();
  const [{ superuser }] = await db.$queryRaw<{ superuser: boolean }[]>`SELECT rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`;
  const samples: DatabaseFloor[] = [];
  for (let run = 0; run < runs; run++) {
    const sample: DatabaseFloor = { document: 0, rows: 0, withoutForeignKeys: null };
    for (const checks of superuser ? [true, false] : [true]) {
      let copyId = 0;
      let start = performance.now();
      await db.$transaction(
        async (tx) => {
          if (!checks) await tx.$executeRaw`SET LOCAL session_replication_role = replica`;
          [{ id: copyId }] = await tx.$queryRaw<{ id: number }[]>`
            INSERT INTO "Document" ("title", "sourceLanguage", "targetLanguage", "originalBytes", "text", "segmentCount", "crlf", "cr", "bom", "createdById", "updatedAt")
            SELECT "title" || ' (copy)', "sourceLanguage", "targetLanguage", "originalBytes", "text", "segmentCount", "crlf", "cr", "bom", "createdById", now()
            FROM "Document" WHERE id = ${documentId} RETURNING id`;
          if (checks) sample.document = performance.now() - start;
          start = performance.now();
          await tx.$executeRaw`
            WITH b AS (
              INSERT INTO "Block" ("documentId", "order", "kind", "start", "end", "text", "separator")
              SELECT ${copyId}::int, "order", "kind", "start", "end", "text", "separator" FROM "Block" WHERE "documentId" = ${documentId} ORDER BY "order"
              RETURNING "id", "order"
            )
            INSERT INTO "Segment" ("documentId", "blockId", "order", "start", "end", "mtText", "mtWords", "updatedAt")
            SELECT ${copyId}::int, b.id, s."order", s.start, s."end", s."mtText", s."mtWords", now()
            FROM "Segment" s JOIN "Block" original ON original.id = s."blockId" JOIN b ON b."order" = original."order"
            WHERE s."documentId" = ${documentId} ORDER BY s."order"`;
        },
        { timeout: 600_000 },
      );
      // The commit is part of what an import waits for.
      const ms = performance.now() - start;
      if (checks) sample.rows = ms;
      else sample.withoutForeignKeys = ms;
      await db.document.delete({ where: { id: copyId } });
    }
    samples.push(sample);
  }
  const without = samples.map((sample) => sample.withoutForeignKeys);
  return {
    document: median(samples.map((sample) => sample.document)),
    rows: median(samples.map((sample) => sample.rows)),
    withoutForeignKeys: without.includes(null) ? null : median(without as number[]),
  };
}
