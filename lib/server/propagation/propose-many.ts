import "server-only";
import type { Tx } from "@/lib/db";
import { isCommandLineActor } from "@/lib/server/auth/command-line-actor";
import type { Actor } from "@/lib/server/auth/permissions";
import { EVENT } from "@/lib/server/live/event-types";
import { NOTIFY_EVENTS } from "@/lib/server/live/record-document-event";

export type NewProposal = { segmentId: number; version: number; text: string; basedOnId: number | null };
export type ProposalOrigin = { origin: "replace" | "propagation" | "repeat"; find?: string; replace?: string; fromSegmentId?: number };

/**
 * Adds one proposal per sentence as a submit would (status proposed, version + 1, audit row, live event), in four
 * statements whatever the count: 10,000 sentences one by one would hold the locks for tens of seconds.
 * The caller has locked the segments and checked their versions.
 */
export async function proposeMany(tx: Tx, actor: Actor, documentId: number, items: readonly NewProposal[], origin: ProposalOrigin) {
  if (items.length === 0) return [];
  const segmentIds = items.map((item) => item.segmentId);
  const texts = items.map((item) => item.text);
  const bases = items.map((item) => item.basedOnId);
  const inserted = await tx.$queryRaw<{ id: number; segmentId: number }[]>`
    INSERT INTO "Proposal" ("segmentId", "authorId", text, "basedOnId")
    SELECT * FROM unnest(${segmentIds}::int[], array_fill(${actor.id}::text, ARRAY[${items.length}::int]), ${texts}::text[], ${bases}::int[])
    RETURNING id, "segmentId"`;
  const proposalOf = new Map(inserted.map((row) => [row.segmentId, row.id]));
  const proposalIds = segmentIds.map((id) => proposalOf.get(id)!);
  await tx.$executeRaw`
    UPDATE "Segment" s SET "currentProposalId" = v.pid, status = 'proposed', version = s.version + 1, "updatedAt" = now()
    FROM unnest(${segmentIds}::int[], ${proposalIds}::int[]) AS v(sid, pid) WHERE s.id = v.sid`;
  const auditActor = isCommandLineActor(actor.id) ? null : actor.id;
  const before = items.map((item) => JSON.stringify({ version: item.version }));
  const after = items.map((item) => JSON.stringify({ status: "proposed", version: item.version + 1, text: item.text, basedOnId: item.basedOnId, ...origin }));
  await tx.$executeRaw`
    INSERT INTO "AuditEvent" ("actorId", action, "entityType", "entityId", "documentId", "segmentId", before, after)
    SELECT ${auditActor}, 'proposal.submit', 'Proposal', v.pid::text, ${documentId}, v.sid, v.b::jsonb, v.a::jsonb
    FROM unnest(${segmentIds}::int[], ${proposalIds}::int[], ${before}::text[], ${after}::text[]) AS v(sid, pid, b, a)`;
  const payloads = items.map((item, index) =>
    JSON.stringify({ row: { status: "proposed", version: item.version + 1, currentProposal: { id: proposalIds[index], text: item.text } } }),
  );
  await tx.$queryRawUnsafe(
    `WITH event AS (
       INSERT INTO "DocumentEvent" ("documentId", type, "segmentId", "actorId", payload)
       SELECT $1, $2, v.sid, $3, v.p::jsonb FROM unnest($4::int[], $5::text[]) AS v(sid, p) RETURNING id, "documentId"
     ) SELECT count(*)::int AS announced FROM (${NOTIFY_EVENTS}) AS notified`,
    documentId,
    EVENT.proposalSubmit,
    auditActor,
    segmentIds,
    payloads,
  );
  return items.map((item, index) => ({ segmentId: item.segmentId, proposalId: proposalIds[index], version: item.version + 1 }));
}
