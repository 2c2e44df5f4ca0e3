import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit";
import { requirePermission, type Actor } from "@/lib/server/auth/permissions";
import { proposalTextSchema } from "@/lib/validations/proposal";
import { approveInTransaction } from "./approve-proposal";
import { lockOpenProposal } from "./decide";

/** MateCat's revise step: the reviewer's edit becomes their own proposal, approved at once and marked as edited in review. */
export async function editAndApprove({ actor, proposalId, text }: { actor: Actor | null; proposalId: number; text: string }) {
  const reviewer = requirePermission(actor, "proposal.review");
  const parsed = proposalTextSchema.safeParse(text);
  if (!parsed.success) throw new AppError("bad_input", parsed.error.issues[0]?.message ?? "The edited text is not valid.");
  return getDb().$transaction(async (tx) => {
    const { proposal, segment } = await lockOpenProposal(tx, proposalId);
    // Editing one's own proposal and approving it would be self-approval by another route.
    if (proposal.authorId === reviewer.id) throw new AppError("forbidden", "You cannot approve your own proposal, edited or not; another reviewer has to.");
    const edited = await tx.proposal.create({
      data: { segmentId: segment.id, authorId: reviewer.id, text: parsed.data, basedOnId: proposal.id, editedInReview: true },
    });
    await recordAudit(tx, {
      actorId: reviewer.id,
      action: "proposal.edit-in-review",
      entityType: "Proposal",
      entityId: edited.id,
      documentId: segment.documentId,
      segmentId: segment.id,
      before: { proposalId: proposal.id, text: proposal.text },
      after: { proposalId: edited.id, text: parsed.data },
    });
    return { ...(await approveInTransaction(tx, reviewer, edited.id, { allowOwn: true, reviewedId: proposal.id })), proposalId: edited.id };
  });
}
