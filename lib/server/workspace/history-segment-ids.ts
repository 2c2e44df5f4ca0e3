import type { Db, Tx } from "@/lib/db";

const JOINS = ["segment.merge", "segment.link"];

/**
 * A segment and every segment merged or linked into it (and into those), found through the joins' audit events: the
 * audit log is append-only, so a merged-away sentence's events keep its id and are read back through the merge.
 */
export async function historySegmentIds(db: Db | Tx, segmentId: number): Promise<number[]> {
  const ids = new Set([segmentId]);
  for (let frontier = [segmentId]; frontier.length > 0; ) {
    const joins = await db.auditEvent.findMany({ where: { segmentId: { in: frontier }, action: { in: JOINS } }, select: { before: true } });
    frontier = [];
    for (const { before } of joins) {
      const segments = (before as { segments?: { id?: unknown }[] } | null)?.segments ?? [];
      for (const { id } of segments) {
        if (typeof id === "number" && !ids.has(id)) {
          ids.add(id);
          frontier.push(id);
        }
      }
    }
  }
  return [...ids];
}
