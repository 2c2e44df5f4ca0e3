import type { Tx } from "@/lib/db";
import type { EditorFigures } from "./types";

type Row = { userId: string; name: string; proposed: number; approved: number; words: number; activeMs: number };

/**
 * Per person, in one statement: segments proposed for, own texts approved, MT words of the segments touched
 * (proposed for or timed) and active time. Proposals meet once per person and segment; a timed segment adds its
 * words only when the same person did not propose for it, so no segment counts twice. The time rows (a few per
 * segment at most) look their proposals up by index instead of meeting every proposal of the document in one table.
 */
export async function readEditorFigures(db: Tx, documentId: number): Promise<EditorFigures[]> {
  const rows = await db.$queryRaw<Row[]>`
    WITH proposed AS (
      SELECT p."authorId" AS uid, MAX(s."mtWords") AS words, MAX((p.id = s."approvedProposalId")::int) AS approved
      FROM "Segment" s JOIN "Proposal" p ON p."segmentId" = s.id
      WHERE s."documentId" = ${documentId}
      GROUP BY p."authorId", s.id
    ), timed AS (
      SELECT t."userId" AS uid, SUM(t."activeMs") AS ms,
        SUM(s."mtWords") FILTER (WHERE NOT EXISTS (SELECT 1 FROM "Proposal" p WHERE p."segmentId" = s.id AND p."authorId" = t."userId")) AS words
      FROM "Segment" s JOIN "SegmentTime" t ON t."segmentId" = s.id
      WHERE s."documentId" = ${documentId}
      GROUP BY t."userId"
    ), per_person AS (
      SELECT uid, COUNT(*) AS proposed, SUM(approved) AS approved, SUM(words) AS words, 0 AS ms FROM proposed GROUP BY uid
      UNION ALL
      SELECT uid, 0, 0, words, ms FROM timed
    )
    SELECT u.id AS "userId", u.name, SUM(w.proposed)::int AS proposed, COALESCE(SUM(w.approved), 0)::int AS approved,
      COALESCE(SUM(w.words), 0)::float8 AS words, SUM(w.ms)::float8 AS "activeMs"
    FROM per_person w JOIN "user" u ON u.id = w.uid
    GROUP BY u.id`;
  return rows
    .map((row) => ({ ...row, msPerWord: row.words > 0 && row.activeMs > 0 ? row.activeMs / row.words : null }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId));
}
