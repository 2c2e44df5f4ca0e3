import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";

/** Assignments with sentences not yet done: the header's count beside "My work". */
export const countMyWork = defineUseCase(
  { name: "countMyWork", permission: "document.read", input: z.object({}), mode: "read" },
  async ({ actor, db }) => {
    const [{ open }] = await db.$queryRaw<{ open: number }[]>`
      SELECT count(*)::int AS open FROM "Assignment" g
      WHERE g."assigneeId" = ${actor.id} AND EXISTS (
        SELECT 1 FROM "AssignedSegment" a JOIN "Segment" s ON s.id = a."segmentId"
        WHERE a."assignmentId" = g.id AND s.status NOT IN ('approved', 'confirmed'))`;
    return open;
  },
);
