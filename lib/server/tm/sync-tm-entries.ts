import "server-only";
import type { Tx } from "@/lib/db";
import { PAIR_COLUMNS } from "./tm-pair-sql";

/**
 * Puts the TM in step with the segments' approvals, inside the caller's transaction: one entry per approved segment
 * (its pair, the approver as creator), none for a segment without approved text. The caller holds the segments' row
 * locks, so two approvals of one segment queue up; identical sentences in other segments have their own entries.
 */
export async function syncTmEntries(tx: Tx, segmentIds: readonly number[], actorId: string | null): Promise<void> {
  if (segmentIds.length === 0) return;
  const ids = [...new Set(segmentIds)];
  await tx.$executeRaw`DELETE FROM "TranslationMemoryEntry" WHERE "segmentId" = ANY(${ids}::int[])`;
  await tx.$executeRaw`
    INSERT INTO "TranslationMemoryEntry" ("sourceLanguage", "targetLanguage", "sourceText", "targetText", "sourceHash", "documentId", "segmentId", "createdById", "createdAt", "changedAt")
    SELECT pair."sourceLanguage", pair."targetLanguage", pair."sourceText", pair."targetText", md5(pair."sourceText"), pair."documentId", pair."segmentId", ${actorId}, pair."createdAt", now()
    FROM (
      SELECT s.id AS "segmentId", s."documentId", p."createdAt", ${PAIR_COLUMNS}
      FROM "Segment" s JOIN "Document" d ON d.id = s."documentId" JOIN "Proposal" p ON p.id = s."approvedProposalId"
      WHERE s.id = ANY(${ids}::int[])
    ) pair
    WHERE pair."sourceText" <> '' AND pair."targetText" <> ''`;
}

