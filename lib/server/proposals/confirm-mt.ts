import { z } from "zod";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit";
import { recordDocumentEvent } from "@/lib/server/live/record-document-event";
import { EVENT } from "@/lib/server/live/event-types";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { storeSegmentFigures } from "@/lib/server/report/store-segment-figures";
import { lockSegment } from "@/lib/server/segments/lock-segment";
import { countSchema, idSchema } from "@/lib/validations/common";

export const confirmMtSchema = z.object({ segmentId: idSchema("sentence"), expectedVersion: countSchema("version") });

/**
 * "The MT is right": the sentence is done with its MT as final text (HTER 0) at once. The confirmation is kept as a
 * proposal of the MT by the editor, open in the review queue, so reviewers approve or reject confirmations like any
 * proposal, one by one or in bulk.
 */
export const confirmMt = defineUseCase(
  { name: "confirmMt", permission: "proposal.submit", input: confirmMtSchema },
  async ({ actor, input: { segmentId, expectedVersion }, db: tx }) => {
    const segment = await lockSegment(tx, segmentId);
    if (segment.version !== expectedVersion) throw new AppError("conflict", `Sentence ${segment.order} changed meanwhile. Reload it before confirming its MT.`);
    if (segment.approvedProposalId !== null) throw new AppError("conflict", `Sentence ${segment.order} already has an approved text; propose the MT instead if it should stand.`);
    if (segment.status === "confirmed") throw new AppError("conflict", `Sentence ${segment.order} is already confirmed.`);
    const proposal = await tx.proposal.create({ data: { segmentId, authorId: actor.id, text: segment.mtText }, select: { id: true } });
    const version = segment.version + 1;
    await tx.segment.update({ where: { id: segmentId }, data: { status: "confirmed", currentProposalId: proposal.id, version }, select: { id: true } });
    await storeSegmentFigures(tx, [{ segmentId, mt: segment.mtText, approved: segment.mtText }]);
    await recordDocumentEvent(tx, { documentId: segment.documentId, type: EVENT.segmentConfirm, segmentId, actorId: actor.id, payload: { row: { status: "confirmed", version, currentProposal: { id: proposal.id, text: segment.mtText } } } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "segment.confirm",
      entityType: "Proposal",
      entityId: proposal.id,
      documentId: segment.documentId,
      segmentId,
      before: { status: segment.status, version: segment.version },
      after: { status: "confirmed", version, text: segment.mtText },
    });
    return { proposalId: proposal.id, version, status: "confirmed" as const };
  },
);
