import type { Tx } from "@/lib/db";
import type { EditorFigures } from "./types";

type Row = { userId: string; name: string; proposed: number; approved: number; words: number; activeMs: number };

/**
 * Per person, in one pass of SQL: segments proposed for, own texts approved, MT words of the segments touched
 * (proposed for or timed) and active time. Each piece of work is a row; rows meet per person and segment, then per person.
 * The document's segments are read once, and people's names are joined to the few per-person rows, not to every piece of work.
 */
export async function readEditorFigures(db: Tx, documentId: number): Promise<EditorFigures[]> {
  const rows = await db.$queryRaw<Row[]>`
    WITH s AS MATERIALIZED (
      SELECT id, "mtWords" AS words, "approvedProposalId" AS approved FROM "Segment" WHERE "documentId" = ${documentId}
    ), work AS (
      SELECT p."authorId" AS uid, s.id AS sid, s.words, 1 AS proposed, (p.id = s.approved)::int AS approved, 0 AS ms
        FROM "Proposal" p JOIN s ON s.id = p."segmentId"
      UNION ALL
      SELECT t."userId", s.id, s.words, 0, 0, t."activeMs" FROM "SegmentTime" t JOIN s ON s.id = t."segmentId"
    ), per_segment AS (
      SELECT uid, MAX(words) AS words, MAX(proposed) AS proposed, SUM(approved) AS approved, SUM(ms) AS ms FROM work GROUP BY uid, sid
    ), per_person AS (
      SELECT uid, SUM(proposed)::int AS proposed, SUM(approved)::int AS approved, COALESCE(SUM(words), 0)::float8 AS words, SUM(ms)::float8 AS ms
      FROM per_segment GROUP BY uid
    )
    SELECT u.id AS "userId", u.name, w.proposed, w.approved, w.words, w.ms AS "activeMs"
    FROM per_person w JOIN "user" u ON u.id = w.uid`;
  return rows
    .map((row) => ({ ...row, msPerWord: row.words > 0 && row.activeMs > 0 ? row.activeMs / row.words : null }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId));
}
