// The save as one SQL statement: lock the segment, check its version and the base, insert, update, audit and announce at once.
import { Prisma } from "@/lib/generated/prisma/client";
import { getPool } from "@/lib/db";
import { EVENT } from "@/lib/server/live/event-types";
import { NOTIFY_EVENTS } from "@/lib/server/live/record-document-event";
import type { CheckOverride } from "@/lib/server/checks/proposal-check-errors";

export type SaveOutcome = { found: boolean; order: number; currentVersion: number; currentProposalId: number | null; proposalId: number | null; baseOk: boolean };

/**
 * One round trip instead of six: a single statement is atomic, and FOR UPDATE makes a concurrent save of the same
 * segment wait, then see the newer version (PostgreSQL re-reads a locked row), so a stale one inserts nothing.
 */
export async function saveProposal(save: { documentId?: number; segmentId: number; authorId: string; text: string; basedOnId: number | null; expectedVersion: number; checkOverride?: CheckOverride | null }): Promise<SaveOutcome> {
  const { segmentId, authorId, text, basedOnId, expectedVersion } = save;
  const checkOverride = save.checkOverride ? JSON.stringify(save.checkOverride) : null;
  const documentId = save.documentId ?? null;
  const statement = Prisma.sql`
    WITH locked AS (
      SELECT id, "documentId", "order", status, version, "currentProposalId" FROM "Segment"
      WHERE id = ${segmentId} AND (${documentId}::int IS NULL OR "documentId" = ${documentId}::int) FOR UPDATE
    ), base AS (
      SELECT ${basedOnId}::int IS NULL OR EXISTS (SELECT 1 FROM "Proposal" WHERE id = ${basedOnId}::int AND "segmentId" = ${segmentId}) AS ok
    ), proposal AS (
      INSERT INTO "Proposal" ("segmentId", "authorId", text, "basedOnId", "checkOverride")
      SELECT locked.id, ${authorId}, ${text}, ${basedOnId}::int, ${checkOverride}::jsonb FROM locked, base WHERE locked.version = ${expectedVersion} AND base.ok
      RETURNING id
    ), updated AS (
      UPDATE "Segment" SET "currentProposalId" = proposal.id, status = 'proposed', version = "Segment".version + 1, "updatedAt" = now()
      FROM proposal WHERE "Segment".id = ${segmentId}
      RETURNING "Segment".id
    ), audit AS (
      INSERT INTO "AuditEvent" ("actorId", action, "entityType", "entityId", "documentId", "segmentId", before, after)
      SELECT ${authorId}, 'proposal.submit', 'Proposal', proposal.id::text, locked."documentId", locked.id,
             jsonb_build_object('status', locked.status, 'version', locked.version),
             jsonb_build_object('status', 'proposed', 'version', locked.version + 1, 'text', ${text}::text, 'basedOnId', ${basedOnId}::int)
               || jsonb_strip_nulls(jsonb_build_object('checkOverride', ${checkOverride}::jsonb))
      FROM proposal, locked
    ), event AS (
      INSERT INTO "DocumentEvent" ("documentId", type, "segmentId", "actorId", payload)
      SELECT locked."documentId", ${EVENT.proposalSubmit}, locked.id, ${authorId},
             jsonb_build_object('row', jsonb_build_object('status', 'proposed', 'version', locked.version + 1, 'currentProposal', jsonb_build_object('id', proposal.id, 'text', ${text}::text)))
      FROM proposal, locked
      RETURNING id, "documentId"
    )
    SELECT locked."order", locked.version AS "currentVersion", locked."currentProposalId", (SELECT id FROM proposal) AS "proposalId", base.ok AS "baseOk",
           (${Prisma.raw(NOTIFY_EVENTS)}) AS announced
    FROM locked, base`;
  const { rows } = await getPool().query<Omit<SaveOutcome, "found">>(statement.text, statement.values as unknown[]);
  const row = rows[0];
  return row ? { found: true, ...row } : { found: false, order: 0, currentVersion: 0, currentProposalId: null, proposalId: null, baseOk: false };
}
