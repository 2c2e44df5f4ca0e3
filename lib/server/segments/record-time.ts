import { z } from "zod";
import { AppError } from "@/lib/errors";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { idSchema } from "@/lib/validations/common";

/** The workspace reports active editing time in slices; one slice is capped so a forgotten tab cannot inflate effort. */
export const MAX_SLICE_MS = 5 * 60_000;

/**
 * A person's active time can never outrun the clock: a slice counts at most the time since their previous slice
 * (or MAX_SLICE_MS after a pause), whatever the client claims, so a script calling in a loop adds almost nothing.
 */
export const recordSegmentTime = defineUseCase(
  {
    name: "recordSegmentTime",
    permission: "segment.time",
    input: z.object({ segmentId: idSchema("sentence"), activeMs: z.number({ message: "The time is not a number." }).finite().min(0).max(24 * 3_600_000) }),
  },
  async ({ actor, input: { segmentId, activeMs }, db: tx }) => {
    if (!(await tx.segment.findUnique({ where: { id: segmentId }, select: { id: true } }))) throw new AppError("not_found", "That segment does not exist.");
    // One person's slices are taken one at a time, so two at once cannot both claim the same stretch of time.
    await tx.$queryRaw`SELECT id FROM "user" WHERE id = ${actor.id} FOR UPDATE`;
    const previous = await tx.segmentTime.aggregate({ where: { userId: actor.id }, _max: { updatedAt: true } });
    const now = new Date();
    const sincePrevious = previous._max.updatedAt ? now.getTime() - previous._max.updatedAt.getTime() : MAX_SLICE_MS;
    const slice = Math.max(0, Math.min(Math.round(activeMs), MAX_SLICE_MS, sincePrevious));
    if (slice === 0) return { recordedMs: 0 };
    await tx.segmentTime.upsert({
      where: { segmentId_userId: { segmentId, userId: actor.id } },
      create: { segmentId, userId: actor.id, activeMs: slice, updatedAt: now },
      update: { activeMs: { increment: slice }, updatedAt: now },
    });
    return { recordedMs: slice };
  },
);
