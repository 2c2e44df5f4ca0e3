import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SegmentStatus } from "@/lib/generated/prisma/enums";

export type LockedSegment = {
  id: number;
  documentId: number;
  blockId: number;
  order: number;
  start: number;
  end: number;
  mtText: string;
  status: SegmentStatus;
  version: number;
  currentProposalId: number | null;
  approvedProposalId: number | null;
};

/** Locks the segment row for the rest of the transaction and reads it in the same round trip, so writers to one segment queue up. */
export async function lockSegment(tx: Tx, segmentId: number): Promise<LockedSegment> {
  const rows = await tx.$queryRaw<LockedSegment[]>`
    SELECT id, "documentId", "blockId", "order", start, "end", "mtText", status::text AS status, version, "currentProposalId", "approvedProposalId"
    FROM "Segment" WHERE id = ${segmentId} FOR UPDATE`;
  if (rows.length === 0) throw new AppError("not_found", "That segment does not exist (any more). Reload the document.");
  return rows[0];
}

/** Locks several segments in one fixed order (by id), so two writers over overlapping sets cannot deadlock. */
export async function lockSegments(tx: Tx, segmentIds: readonly number[]): Promise<void> {
  if (segmentIds.length === 0) return;
  await tx.$queryRaw`SELECT id FROM "Segment" WHERE id = ANY(${[...new Set(segmentIds)]}::int[]) ORDER BY id FOR UPDATE`;
}
