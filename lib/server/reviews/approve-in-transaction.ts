import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit";
import { EVENT } from "@/lib/server/live/event-types";
import { recordDocumentEvent } from "@/lib/server/live/record-document-event";
import type { Actor } from "@/lib/server/auth/permissions";
import { storeSegmentFigures } from "@/lib/server/report/store-segment-figures";
import { syncTmEntries } from "@/lib/server/tm/sync-tm-entries";
import { lockOpenProposal } from "./decide";
import { readFigures } from "./segment-snapshot";

/**
 * Approves inside the caller's transaction. Open proposals up to the one the reviewer looked at (`reviewedId`) are
 * superseded and stay in the history; a newer one may have arrived since, unseen, so it stays open for review.
 */
export async function approveInTransaction(tx: Tx, reviewer: Actor, proposalId: number, { allowOwn = false, reviewedId = proposalId, feedbackFor }: { allowOwn?: boolean; reviewedId?: number; feedbackFor?: string } = {}) {
  const { proposal, segment } = await lockOpenProposal(tx, proposalId);
  if (proposal.authorId === reviewer.id && !allowOwn) throw new AppError("forbidden", "You cannot approve your own proposal; another reviewer has to.");
  const figures = await readFigures(tx, segment.id);
  const review = await tx.review.create({ data: { proposalId, reviewerId: reviewer.id, decision: "approve" }, select: { id: true } });
  await tx.proposal.update({ where: { id: proposalId }, data: { state: "approved" }, select: { id: true } });
  const supersede = { segmentId: segment.id, state: "open" as const, id: { lte: reviewedId, not: proposalId } };
  const supersededIds = (await tx.proposal.findMany({ where: supersede, select: { id: true } })).map((row) => row.id);
  const superseded = await tx.proposal.updateMany({ where: { id: { in: supersededIds } }, data: { state: "superseded" } });
  const waiting = await tx.proposal.findFirst({ where: { segmentId: segment.id, state: "open" }, orderBy: { id: "desc" }, select: { id: true, text: true } });
  const status = waiting ? ("proposed" as const) : ("approved" as const);
  const version = segment.version + 1;
  await tx.segment.update({
    where: { id: segment.id },
    data: { status, approvedProposalId: proposalId, currentProposalId: waiting?.id ?? proposalId, version },
    select: { id: true },
  });
  await storeSegmentFigures(tx, [{ segmentId: segment.id, mt: segment.mtText, approved: proposal.text }]);
  await syncTmEntries(tx, [segment.id], reviewer.id);
  await recordAudit(tx, {
    actorId: reviewer.id,
    action: "proposal.approve",
    entityType: "Proposal",
    entityId: proposalId,
    documentId: segment.documentId,
    segmentId: segment.id,
    // Everything undo-approval.ts needs to put the segment back as it was.
    before: { status: segment.status, approvedProposalId: segment.approvedProposalId, currentProposalId: segment.currentProposalId, version: segment.version, figures },
    after: { status, approvedProposalId: proposalId, superseded: superseded.count, supersededIds, reviewId: review.id, version },
  });
  const currentProposal = waiting ?? { id: proposalId, text: proposal.text };
  await recordDocumentEvent(tx, { documentId: segment.documentId, type: EVENT.proposalApprove, segmentId: segment.id, actorId: reviewer.id, payload: { row: { status, version, currentProposal }, feedbackFor } });
  return { segmentId: segment.id, id: segment.id, documentId: segment.documentId, version };
}
