import type { Tx } from "@/lib/db";
import type { EditorFigures } from "./types";

type Row = { userId: string; name: string; proposed: number; approved: number; words: number; activeMs: number };

/**
 * Per person, in one pass of SQL: segments proposed for, own texts approved, MT words of the segments touched
 * (proposed for or timed) and active time. Each piece of work is a row; rows meet per person and segment, then per person.
 * Proposals and time rows meet the document's segments together, so its segments are read once without being copied
 * aside first; people's names are joined to the few per-person rows, not to every piece of work.
 */
export async function readEditorFigures(db: Tx, documentId: number): Promise<EditorFigures[]> {
  const rows = await db.$queryRaw<Row[]>`
    WITH per_segment AS (
      SELECT w.uid, MAX(s."mtWords") AS words, bool_or(w.pid IS NOT NULL) AS proposed, MAX((w.pid = s."approvedProposalId")::int) AS approved, SUM(w.ms) AS ms
      FROM "Segment" s JOIN (
        SELECT "authorId" AS uid, "segmentId" AS sid, id AS pid, NULL::int AS ms FROM "Proposal"
        UNION ALL
        SELECT "userId", "segmentId", NULL, "activeMs" FROM "SegmentTime"
      ) w ON w.sid = s.id
      WHERE s."documentId" = ${documentId}
      GROUP BY w.uid, s.id
    ), per_person AS (
      SELECT uid, (COUNT(*) FILTER (WHERE proposed))::int AS proposed, COALESCE(SUM(approved), 0)::int AS approved,
        COALESCE(SUM(words), 0)::float8 AS words, COALESCE(SUM(ms), 0)::float8 AS ms
      FROM per_segment GROUP BY uid
    )
    SELECT u.id AS "userId", u.name, w.proposed, w.approved, w.words, w.ms AS "activeMs"
    FROM per_person w JOIN "user" u ON u.id = w.uid`;
  return rows
    .map((row) => ({ ...row, msPerWord: row.words > 0 && row.activeMs > 0 ? row.activeMs / row.words : null }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId));
}
