import { z } from "zod";
import { AppError } from "@/lib/errors";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { idSchema } from "@/lib/validations/common";

/** The workspace reports active editing time in slices; one slice is capped so a forgotten tab cannot inflate effort. */
export const MAX_SLICE_MS = 5 * 60_000;

/**
 * A person's active time can never outrun the clock. Time is recorded in stretches: a stretch starts with a slice
 * after a pause longer than MAX_SLICE_MS, and everything recorded in it stays within the wall-clock time since it
 * began plus one slice; so twenty five-minute claims sent in a loop add five minutes, not a hundred.
 */
export const recordSegmentTime = defineUseCase(
  {
    name: "recordSegmentTime",
    permission: "segment.time",
    input: z.object({ segmentId: idSchema("sentence"), activeMs: z.number({ message: "The time is not a number." }).finite().min(0).max(24 * 3_600_000) }),
  },
  async ({ actor, input: { segmentId, activeMs }, db: tx }) => {
    if (!(await tx.segment.findUnique({ where: { id: segmentId }, select: { id: true } }))) throw new AppError("not_found", "That segment does not exist.");
    // One person's slices are taken one at a time, so two at once cannot both spend the same allowance.
    const [person] = await tx.$queryRaw<{ timeStretchAt: Date | null; timeStretchMs: number }[]>`
      SELECT "timeStretchAt", "timeStretchMs" FROM "user" WHERE id = ${actor.id} FOR UPDATE`;
    const previous = await tx.segmentTime.aggregate({ where: { userId: actor.id }, _max: { updatedAt: true } });
    const now = new Date();
    const lastSlice = previous._max.updatedAt?.getTime();
    const fresh = !person?.timeStretchAt || lastSlice === undefined || now.getTime() - lastSlice > MAX_SLICE_MS;
    const since = fresh ? now : person.timeStretchAt!;
    const used = fresh ? 0 : person.timeStretchMs;
    const allowance = now.getTime() - since.getTime() + MAX_SLICE_MS - used;
    const slice = Math.max(0, Math.min(Math.round(activeMs), MAX_SLICE_MS, allowance));
    if (slice === 0) return { recordedMs: 0 };
    await tx.user.update({ where: { id: actor.id }, data: { timeStretchAt: since, timeStretchMs: used + slice }, select: { id: true } });
    await tx.segmentTime.upsert({
      where: { segmentId_userId: { segmentId, userId: actor.id } },
      create: { segmentId, userId: actor.id, activeMs: slice, updatedAt: now },
      update: { activeMs: { increment: slice }, updatedAt: now },
    });
    return { recordedMs: slice };
  },
);
