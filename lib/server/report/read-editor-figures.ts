import type { Tx } from "@/lib/db";
import { SQL_WORD_PATTERN } from "./read-corpus-figures";
import type { EditorFigures } from "./types";

type Row = { userId: string; name: string; proposed: number; approved: number; words: number; activeMs: number };

/** Per person, in SQL: segments proposed for, own texts approved, MT words of the segments touched (proposed or timed), active time. */
export async function readEditorFigures(db: Tx, documentId: number): Promise<EditorFigures[]> {
  const rows = await db.$queryRaw<Row[]>`
    WITH proposed AS (
      SELECT DISTINCT p."authorId" AS uid, p."segmentId" AS sid FROM "Proposal" p JOIN "Segment" s ON s.id = p."segmentId" WHERE s."documentId" = ${documentId}
    ), timed AS (
      SELECT t."userId" AS uid, t."segmentId" AS sid, t."activeMs" AS ms FROM "SegmentTime" t JOIN "Segment" s ON s.id = t."segmentId" WHERE s."documentId" = ${documentId}
    ), touched AS (
      SELECT uid, sid FROM proposed UNION SELECT uid, sid FROM timed
    ), words AS (
      SELECT t.uid, SUM(regexp_count(s."mtText", ${SQL_WORD_PATTERN})) AS words FROM touched t JOIN "Segment" s ON s.id = t.sid GROUP BY t.uid
    ), approved AS (
      SELECT p."authorId" AS uid, COUNT(*) AS n FROM "Segment" s JOIN "Proposal" p ON p.id = s."approvedProposalId" WHERE s."documentId" = ${documentId} GROUP BY 1
    )
    SELECT u.id AS "userId", u.name,
      (SELECT COUNT(*) FROM proposed WHERE uid = w.uid)::int AS proposed,
      COALESCE(a.n, 0)::int AS approved,
      w.words::float8 AS words,
      COALESCE((SELECT SUM(ms) FROM timed WHERE uid = w.uid), 0)::float8 AS "activeMs"
    FROM words w JOIN "user" u ON u.id = w.uid LEFT JOIN approved a ON a.uid = w.uid`;
  return rows
    .map((row) => ({ ...row, msPerWord: row.words > 0 && row.activeMs > 0 ? row.activeMs / row.words : null }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId));
}
