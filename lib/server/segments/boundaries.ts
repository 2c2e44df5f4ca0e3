// Shared rules for correcting segment boundaries: only before editing, annotations carried over with adjusted offsets.
import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/db";
import { lockSegment } from "./lock-segment";

export async function loadForBoundaryChange(tx: Tx, segmentId: number) {
  await lockSegment(tx, segmentId);
  const segment = await tx.segment.findUniqueOrThrow({
    where: { id: segmentId },
    include: { annotations: true, _count: { select: { proposals: true } } },
  });
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
