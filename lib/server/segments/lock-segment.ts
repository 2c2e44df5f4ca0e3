import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Locks the segment row for the rest of the transaction, so concurrent writers to one segment queue up. */
export async function lockSegment(tx: Tx, segmentId: number) {
  const rows = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM "Segment" WHERE id = ${segmentId} FOR UPDATE`;
  if (rows.length === 0) throw new AppError("not_found", "That segment does not exist (any more). Reload the document.");
  return tx.segment.findUniqueOrThrow({ where: { id: segmentId }, include: { document: { select: { id: true, typology: true } } } });
}
