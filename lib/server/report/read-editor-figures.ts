import type { Tx } from "@/lib/db";
import type { EditorFigures } from "./types";

type Row = { userId: string; name: string; proposed: number; approved: number; words: number; activeMs: number };

/**
 * Per person, in one pass of SQL: segments proposed for, own texts approved, MT words of the segments touched
 * (proposed for or timed) and active time. Each piece of work is a row; rows meet per person and segment, then per person.
 */
export async function readEditorFigures(db: Tx, documentId: number): Promise<EditorFigures[]> {
  const rows = await db.$queryRaw<Row[]>`
    WITH work AS (
      SELECT p."authorId" AS uid, s.id AS sid, s."mtWords" AS words, 1 AS proposed, (p.id = s."approvedProposalId")::int AS approved, 0 AS ms
        FROM "Proposal" p JOIN "Segment" s ON s.id = p."segmentId" WHERE s."documentId" = ${documentId}
      UNION ALL
      SELECT t."userId", s.id, s."mtWords", 0, 0, t."activeMs"
        FROM "SegmentTime" t JOIN "Segment" s ON s.id = t."segmentId" WHERE s."documentId" = ${documentId}
    ), per_segment AS (
      SELECT uid, MAX(words) AS words, MAX(proposed) AS proposed, SUM(approved) AS approved, SUM(ms) AS ms FROM work GROUP BY uid, sid
    )
    SELECT u.id AS "userId", u.name, SUM(w.proposed)::int AS proposed, SUM(w.approved)::int AS approved,
      COALESCE(SUM(w.words), 0)::float8 AS words, SUM(w.ms)::float8 AS "activeMs"
    FROM per_segment w JOIN "user" u ON u.id = w.uid
    GROUP BY u.id, u.name`;
  return rows
    .map((row) => ({ ...row, msPerWord: row.words > 0 && row.activeMs > 0 ? row.activeMs / row.words : null }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId));
}
