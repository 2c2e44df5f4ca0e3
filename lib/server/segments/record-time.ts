import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requirePermission, type Actor } from "@/lib/server/auth/permissions";

/** The workspace reports active editing time in slices; one slice is capped so a forgotten tab cannot inflate effort. */
export const MAX_SLICE_MS = 5 * 60_000;

export async function recordSegmentTime({ actor, segmentId, activeMs }: { actor: Actor | null; segmentId: number; activeMs: number }) {
  const user = requirePermission(actor, "segment.time");
  if (!Number.isSafeInteger(segmentId) || segmentId <= 0) throw new AppError("bad_input", "That segment id is not valid.");
  const slice = Math.min(Math.max(0, Math.round(activeMs)), MAX_SLICE_MS);
  if (slice === 0) return;
  await getDb().$transaction(async (tx) => {
    if (!(await tx.segment.findUnique({ where: { id: segmentId }, select: { id: true } }))) throw new AppError("not_found", "That segment does not exist.");
    await tx.segmentTime.upsert({
      where: { segmentId_userId: { segmentId, userId: user.id } },
      create: { segmentId, userId: user.id, activeMs: slice },
      update: { activeMs: { increment: slice } },
    });
  });
}
