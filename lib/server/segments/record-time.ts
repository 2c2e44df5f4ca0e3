import { z } from "zod";
import { AppError } from "@/lib/errors";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { idSchema } from "@/lib/validations/common";

/** The workspace reports active editing time in slices; one slice is capped so a forgotten tab cannot inflate effort. */
export const MAX_SLICE_MS = 5 * 60_000;

export const recordSegmentTime = defineUseCase(
  {
    name: "recordSegmentTime",
    permission: "segment.time",
    input: z.object({ segmentId: idSchema("sentence"), activeMs: z.number({ message: "The time is not a number." }).finite().min(0).max(24 * 3_600_000) }),
  },
  async ({ actor, input: { segmentId, activeMs }, db: tx }) => {
    const slice = Math.min(Math.round(activeMs), MAX_SLICE_MS);
    if (slice === 0) return;
    if (!(await tx.segment.findUnique({ where: { id: segmentId }, select: { id: true } }))) throw new AppError("not_found", "That segment does not exist.");
    await tx.segmentTime.upsert({
      where: { segmentId_userId: { segmentId, userId: actor.id } },
      create: { segmentId, userId: actor.id, activeMs: slice },
      update: { activeMs: { increment: slice } },
    });
  },
);
