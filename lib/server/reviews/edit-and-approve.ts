import { AppError } from "@/lib/errors";
import { checkErrorsIn, overrideOrRefuse } from "@/lib/server/checks/proposal-check-errors";
import { recordAudit } from "@/lib/server/audit";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { editAndApproveSchema } from "@/lib/validations/review";
import { approveInTransaction } from "./approve-in-transaction";
import { lockOpenProposal } from "./decide";
import { resolveOpenFlags } from "./resolve-open-flags";

/** MateCat's revise step: the reviewer's edit becomes their own proposal, approved at once and marked as edited in review. */
export const editAndApprove = defineUseCase(
  { name: "editAndApprove", permission: "proposal.review", input: editAndApproveSchema },
  async ({ actor, input: { proposalId, text, resolveFlags, checkOverrideReason }, db: tx }) => {
    const { proposal, segment } = await lockOpenProposal(tx, proposalId);
    // Editing one's own proposal and approving it would be self-approval by another route.
    if (proposal.authorId === actor.id) throw new AppError("forbidden", "You cannot approve your own proposal, edited or not; another reviewer has to.");
    // Nothing edited: a plain approval, not a reviewer's copy that its author would be told was an edit of theirs.
    if (text === proposal.text) {
      const approved = await approveInTransaction(tx, actor, proposal.id);
      if (resolveFlags) await resolveOpenFlags(tx, actor, approved, proposal.id);
      return { ...approved, proposalId: proposal.id };
    }
    // The reviewer's text meets the checks an editor's does: an error is fixed, or approved over with a reason.
    const checkOverride = overrideOrRefuse(await checkErrorsIn(tx, segment.id, text), checkOverrideReason, "approve");
    const edited = await tx.proposal.create({
      data: { segmentId: segment.id, authorId: actor.id, text, basedOnId: proposal.id, editedInReview: true, checkOverride: checkOverride ?? undefined },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "proposal.edit-in-review",
      entityType: "Proposal",
      entityId: edited.id,
      documentId: segment.documentId,
      segmentId: segment.id,
      before: { proposalId: proposal.id, text: proposal.text },
      after: { proposalId: edited.id, text, ...(checkOverride && { checkOverride }) },
    });
    const approved = await approveInTransaction(tx, actor, edited.id, { allowOwn: true, reviewedId: proposal.id, feedbackFor: proposal.authorId });
    if (resolveFlags) await resolveOpenFlags(tx, actor, approved, edited.id);
    return { ...approved, proposalId: edited.id };
  },
);
