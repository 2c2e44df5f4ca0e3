import { z } from "zod";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit";
import { recordDocumentEvent } from "@/lib/server/live/record-document-event";
import { EVENT } from "@/lib/server/live/event-types";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { storeSegmentFigures } from "@/lib/server/report/store-segment-figures";
import { lockSegment } from "@/lib/server/segments/lock-segment";
import { syncTmEntries } from "@/lib/server/tm/sync-tm-entries";
import { idSchema } from "@/lib/validations/common";

/**
 * A reviewer takes back a sentence's approval (or an editor's confirmation of its MT) later on: the approved proposal
 * waits in the review queue again, the sentence has no final text and no HTER until a new approval. Reviews stay.
 */
export const reopenSegment = defineUseCase(
  { name: "reopenSegment", permission: "proposal.review", input: z.object({ segmentId: idSchema("sentence") }) },
  async ({ actor, input: { segmentId }, db: tx }) => {
    const segment = await lockSegment(tx, segmentId);
    if (segment.approvedProposalId === null && segment.status !== "confirmed") {
      throw new AppError("conflict", `Sentence ${segment.order} is neither approved nor confirmed, so there is nothing to reopen. Reload it.`);
    }
    if (segment.approvedProposalId !== null) {
      await tx.proposal.update({ where: { id: segment.approvedProposalId }, data: { state: "open" }, select: { id: true } });
    }
    const version = segment.version + 1;
    // The newest open proposal is the sentence's latest, never a text rejected after the approval.
    const latest = await tx.proposal.findFirst({ where: { segmentId, state: "open" }, orderBy: { id: "desc" }, select: { id: true, text: true } });
    const currentProposalId = latest?.id ?? segment.currentProposalId;
    await tx.segment.update({ where: { id: segmentId }, data: { status: "proposed", approvedProposalId: null, currentProposalId, version }, select: { id: true } });
    await storeSegmentFigures(tx, [{ segmentId, mt: segment.mtText, approved: null }]);
    await syncTmEntries(tx, [segmentId], actor.id);
    await recordDocumentEvent(tx, { documentId: segment.documentId, type: EVENT.segmentReopen, segmentId, actorId: actor.id, payload: { row: { status: "proposed", version, ...(latest && { currentProposal: latest }) } } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "segment.reopen",
      entityType: "Segment",
      entityId: segmentId,
      documentId: segment.documentId,
      segmentId,
      before: { status: segment.status, approvedProposalId: segment.approvedProposalId, version: segment.version },
      after: { status: "proposed", approvedProposalId: null, version, reopenedProposalId: segment.approvedProposalId },
    });
    return { segmentId, version, status: "proposed" as const };
  },
);
