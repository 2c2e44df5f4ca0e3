import type { Tx } from "@/lib/db";

/**
 * Boundary changes keep assignments whole: a sentence a split or unlink makes joins the assignments of the one it came
 * from, and a merged sentence keeps those of both where no one else holds its role.
 */
export async function carryAssignments(tx: Tx, fromSegmentId: number, toSegmentId: number) {
  await tx.$executeRaw`
    INSERT INTO "AssignedSegment" ("assignmentId", "segmentId", role)
    SELECT "assignmentId", ${toSegmentId}, role FROM "AssignedSegment" WHERE "segmentId" = ${fromSegmentId}
    ON CONFLICT DO NOTHING`;
}
