import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit";
import { requirePermission, type Actor } from "@/lib/server/auth/permissions";
import { rejectSchema } from "@/lib/validations/proposal";
import { lockOpenProposal, settleStatus } from "./decide";

export async function rejectProposal({ actor, proposalId, reason }: { actor: Actor | null; proposalId: number; reason: string }) {
  const reviewer = requirePermission(actor, "proposal.review");
  const parsed = rejectSchema.safeParse({ proposalId, reason });
  if (!parsed.success) throw new AppError("bad_input", parsed.error.issues[0]?.message ?? "The rejection is not valid.");
  return getDb().$transaction(async (tx) => {
    const { proposal, segment } = await lockOpenProposal(tx, proposalId);
    await tx.review.create({ data: { proposalId, reviewerId: reviewer.id, decision: "reject", reason: parsed.data.reason } });
    await tx.proposal.update({ where: { id: proposalId }, data: { state: "rejected" } });
    const status = segment.approvedProposalId ? await settleStatus(tx, segment.id, "approved") : await settleStatus(tx, segment.id, "rejected");
    const updated = await tx.segment.update({ where: { id: segment.id }, data: { status, version: { increment: 1 } } });
    await recordAudit(tx, {
      actorId: reviewer.id,
      action: "proposal.reject",
      entityType: "Proposal",
      entityId: proposalId,
      documentId: segment.documentId,
      segmentId: segment.id,
      before: { status: segment.status },
      after: { status, reason: parsed.data.reason, author: proposal.authorId },
    });
    return { segmentId: segment.id, version: updated.version, status };
  });
}
