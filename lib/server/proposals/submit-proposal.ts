import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { lockSegment } from "@/lib/server/segments/lock-segment";
import { submitProposalSchema } from "@/lib/validations/proposal";

export type ProposalConflict = { version: number; theirText: string; theirAuthor: string; yourText: string };

/**
 * Adds a proposal if the segment is still at the version the editor started from; otherwise a conflict with both
 * texts, so nobody's work is replaced silently. Proposals never overwrite each other: each is kept in the history.
 */
export const submitProposal = defineUseCase(
  { name: "submitProposal", permission: "proposal.submit", input: submitProposalSchema },
  async ({ actor, input: { segmentId, text, basedOnId, expectedVersion }, db: tx }) => {
    const segment = await lockSegment(tx, segmentId);
    if (segment.version !== expectedVersion) {
      const current = segment.currentProposalId
        ? await tx.proposal.findUnique({ where: { id: segment.currentProposalId }, select: { text: true, author: { select: { name: true } } } })
        : null;
      const conflict: ProposalConflict = { version: segment.version, theirText: current?.text ?? segment.mtText, theirAuthor: current?.author.name ?? "the MT", yourText: text };
      throw new AppError("conflict", `Sentence ${segment.order} changed while you were editing. Compare the two texts and choose what to keep.`, conflict);
    }
    if (basedOnId) {
      const base = await tx.proposal.findUnique({ where: { id: basedOnId }, select: { segmentId: true } });
      if (base?.segmentId !== segmentId) throw new AppError("bad_input", "A proposal can only build on a proposal for the same sentence.");
    }
    const proposal = await tx.proposal.create({ data: { segmentId, authorId: actor.id, text, basedOnId: basedOnId ?? null }, select: { id: true } });
    const version = segment.version + 1;
    await tx.segment.update({ where: { id: segmentId }, data: { currentProposalId: proposal.id, status: "proposed", version }, select: { id: true } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "proposal.submit",
      entityType: "Proposal",
      entityId: proposal.id,
      documentId: segment.documentId,
      segmentId,
      before: { status: segment.status, version: segment.version },
      after: { status: "proposed", version, text, basedOnId: basedOnId ?? null },
    });
    return { proposalId: proposal.id, version, status: "proposed" as const };
  },
);
