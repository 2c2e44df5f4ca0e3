import { recordAudit } from "@/lib/server/audit";
import { EVENT } from "@/lib/server/live/event-types";
import { recordDocumentEvent } from "@/lib/server/live/record-document-event";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { rejectSchema } from "@/lib/validations/proposal";
import { lockOpenProposal, settleStatus } from "./decide";

export const rejectProposal = defineUseCase(
  { name: "rejectProposal", permission: "proposal.review", input: rejectSchema },
  async ({ actor, input: { proposalId, reason }, db: tx }) => {
    const { proposal, segment } = await lockOpenProposal(tx, proposalId);
    await tx.review.create({ data: { proposalId, reviewerId: actor.id, decision: "reject", reason }, select: { id: true } });
    await tx.proposal.update({ where: { id: proposalId }, data: { state: "rejected" }, select: { id: true } });
    const status = await settleStatus(tx, segment.id, segment.approvedProposalId ? "approved" : "rejected");
    const version = segment.version + 1;
    // A competing proposal still open is the sentence's latest again (shown, exported with "latest"); with none, the
    // rejected text stays current so its author sees what was turned down.
    const waiting = segment.currentProposalId === proposalId
      ? await tx.proposal.findFirst({ where: { segmentId: segment.id, state: "open" }, orderBy: { id: "desc" }, select: { id: true, text: true } })
      : null;
    await tx.segment.update({ where: { id: segment.id }, data: { status, version, ...(waiting && { currentProposalId: waiting.id }) }, select: { id: true } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "proposal.reject",
      entityType: "Proposal",
      entityId: proposalId,
      documentId: segment.documentId,
      segmentId: segment.id,
      before: { status: segment.status },
      after: { status, reason, author: proposal.authorId },
    });
    await recordDocumentEvent(tx, { documentId: segment.documentId, type: EVENT.proposalReject, segmentId: segment.id, actorId: actor.id, payload: { row: { status, version, ...(waiting && { currentProposal: waiting }) }, feedbackFor: proposal.authorId } });
    return { segmentId: segment.id, version, status };
  },
);
