import type { Tx } from "@/lib/db";

const TABLES = ["Block", "Segment", "Proposal", "Review", "Annotation", "FindingDismissal", "CommentThread", "Comment", "AuditEvent"] as const;

/**
 * Takes `count` ids from a table's sequence, ascending. Knowing every id before inserting lets a restore
 * write rows that point at each other with plain bulk inserts, and keeps the file's order as the id order.
 */
export async function allocateIds(tx: Tx, table: (typeof TABLES)[number], count: number): Promise<bigint[]> {
  if (count === 0) return [];
  if (!TABLES.includes(table)) throw new Error(`No id sequence for ${table}.`);
  const rows = await tx.$queryRawUnsafe<{ id: bigint }[]>(
    `SELECT nextval(pg_get_serial_sequence('"${table}"', 'id'))::bigint AS id FROM generate_series(1, $1::int)`,
    count,
  );
  return rows.map((row) => BigInt(row.id)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
