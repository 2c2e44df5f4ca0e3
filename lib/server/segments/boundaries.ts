// Shared rules for correcting segment boundaries: only before editing, annotations carried over with adjusted offsets.
import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/db";

export async function loadForBoundaryChange(tx: Tx, segmentId: number) {
  // Row lock: two boundary changes on one segment queue up instead of interleaving.
  await tx.$queryRaw`SELECT id FROM "Segment" WHERE id = ${segmentId} FOR UPDATE`;
  const segment = await tx.segment.findUnique({
    where: { id: segmentId },
    include: { annotations: true, _count: { select: { proposals: true } } },
  });
  if (!segment) throw new AppError("not_found", "That segment no longer exists. Reload the document.");
  if (segment._count.proposals > 0) {
    throw new AppError("conflict", `Sentence ${segment.order} already has proposals; its boundaries can only be changed before editing starts.`);
  }
  return segment;
}

export function assertVersion(segment: { version: number; order: number }, expected: number) {
  if (segment.version !== expected) {
    throw new AppError("conflict", `Sentence ${segment.order} was changed by someone else meanwhile. Reload to see the current version.`);
  }
}
