import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit";
import { requirePermission, type Actor } from "@/lib/server/auth/permissions";
import { lockSegment } from "@/lib/server/segments/lock-segment";
import { submitProposalSchema, type SubmitProposalInput } from "@/lib/validations/proposal";

export type ProposalConflict = { version: number; theirText: string; theirAuthor: string; yourText: string };

/**
 * Adds a proposal if the segment is still at the version the editor started from; otherwise a conflict with both
 * texts, so nobody's work is replaced silently. Proposals never overwrite each other: each is kept in the history.
 */
export async function submitProposal({ actor, input }: { actor: Actor | null; input: SubmitProposalInput }) {
  const author = requirePermission(actor, "proposal.submit");
  const parsed = submitProposalSchema.safeParse(input);
  if (!parsed.success) throw new AppError("bad_input", parsed.error.issues[0]?.message ?? "The proposal is not valid.");
  const { segmentId, text, basedOnId, expectedVersion } = parsed.data;

  return getDb().$transaction(async (tx) => {
    const segment = await lockSegment(tx, segmentId);
    if (segment.version !== expectedVersion) {
      const current = segment.currentProposalId
        ? await tx.proposal.findUnique({ where: { id: segment.currentProposalId }, include: { author: { select: { name: true } } } })
        : null;
      const conflict: ProposalConflict = { version: segment.version, theirText: current?.text ?? segment.mtText, theirAuthor: current?.author.name ?? "the MT", yourText: text };
      throw new AppError("conflict", `Sentence ${segment.order} changed while you were editing. Compare the two texts and choose what to keep.`, conflict);
    }
    if (basedOnId) {
      const base = await tx.proposal.findUnique({ where: { id: basedOnId }, select: { segmentId: true } });
      if (base?.segmentId !== segmentId) throw new AppError("bad_input", "A proposal can only build on a proposal for the same sentence.");
    }
    const proposal = await tx.proposal.create({ data: { segmentId, authorId: author.id, text, basedOnId: basedOnId ?? null } });
    const updated = await tx.segment.update({
      where: { id: segmentId },
      data: { currentProposalId: proposal.id, status: "proposed", version: { increment: 1 } },
    });
    await recordAudit(tx, {
      actorId: author.id,
      action: "proposal.submit",
      entityType: "Proposal",
      entityId: proposal.id,
      documentId: segment.documentId,
      segmentId,
      before: { status: segment.status, version: segment.version },
      after: { status: updated.status, version: updated.version, text, basedOnId: basedOnId ?? null },
    });
    return { proposalId: proposal.id, version: updated.version, status: updated.status };
  });
}
