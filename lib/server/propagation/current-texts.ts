import "server-only";
import type { Tx } from "@/lib/db";

/** A sentence's current text: the approved one, else its open proposal (a confirmation is one, of the MT), else the MT. */
export type CurrentText = { id: number; order: number; version: number; mtText: string; sourceText: string | null; inlineCodes: unknown; text: string; basedOnId: number | null };

/**
 * One query for the whole document (10,000 rows at most), the same precedence as the export's "written" text; the
 * proposal a change builds on is the one whose text it changes, none when that is the MT.
 */
export async function readCurrentTexts(db: Tx, documentId: number, segmentIds?: readonly number[]): Promise<CurrentText[]> {
  const only = segmentIds ? [...new Set(segmentIds)] : null;
  return db.$queryRaw<CurrentText[]>`
    SELECT s.id, s."order", s.version, s."mtText", s."sourceText", s."inlineCodes",
           COALESCE(a.text, c.text, s."mtText") AS text, COALESCE(a.id, c.id) AS "basedOnId"
    FROM "Segment" s
    LEFT JOIN "Proposal" a ON a.id = s."approvedProposalId"
    LEFT JOIN "Proposal" c ON c.id = s."currentProposalId" AND c.state = 'open'
    WHERE s."documentId" = ${documentId} AND (${only}::int[] IS NULL OR s.id = ANY(${only}::int[]))
    ORDER BY s."order"`;
}
