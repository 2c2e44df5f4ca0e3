// What an approval changes on a segment, read before it so an undo can put it back exactly (report figures included).
import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { CHRF_CHAR_ORDER } from "@/lib/metrics/chrf";

const FIGURE_COLUMNS = ["terEdits", "terRefLength", ...Array.from({ length: 3 * CHRF_CHAR_ORDER }, (_, i) => `chrfStat${i + 1}`), "hter", "chrf"] as const;

export type SegmentFiguresSnapshot = Record<string, number | null>;

export async function readFigures(tx: Tx, segmentId: number): Promise<SegmentFiguresSnapshot> {
  const columns = Prisma.raw(FIGURE_COLUMNS.map((column) => `"${column}"`).join(", "));
  const rows = await tx.$queryRaw<SegmentFiguresSnapshot[]>`SELECT ${columns} FROM "Segment" WHERE id = ${segmentId}`;
  return rows[0];
}

/** Only the known figure columns go back, whatever else an audit row's JSON holds. */
export function figuresData(snapshot: unknown): SegmentFiguresSnapshot {
  const source = (snapshot ?? {}) as Record<string, unknown>;
  return Object.fromEntries(FIGURE_COLUMNS.map((column) => [column, typeof source[column] === "number" ? (source[column] as number) : null]));
}
