import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SegmentStatus } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/server/audit";
import { recordDocumentEvent } from "@/lib/server/live/record-document-event";
import { EVENT } from "@/lib/server/live/event-types";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { lockSegment } from "@/lib/server/segments/lock-segment";
import { syncTmEntries } from "@/lib/server/tm/sync-tm-entries";
import { proposalIdSchema } from "@/lib/validations/review";
import { figuresData } from "./segment-snapshot";

/** The server allows a little more than the 10 s the page offers, for a slow network; later, a reviewer reopens instead. */
export const UNDO_WINDOW_SECONDS = 60;

type ApprovalBefore = { status: SegmentStatus; approvedProposalId: number | null; currentProposalId: number | null; figures: unknown };
type ApprovalAfter = { supersededIds?: number[]; reviewId?: number; version?: number };

/**
 * Takes back one's own approval moments after it, if nothing happened to the sentence since: the segment gets back its
 * status, texts and stored report figures exactly as they were (its version still moves on, so stale pages see a
 * conflict), superseded proposals are open again, flags resolved with it reopen, and the approval's review is removed
 * (the audit log keeps it). A text the reviewer wrote in "edit and approve" is removed with it.
 */
export const undoApproval = defineUseCase(
  { name: "undoApproval", permission: "proposal.review", input: proposalIdSchema },
  async ({ actor, input: { proposalId }, db: tx }) => {
    const found = await tx.proposal.findUnique({ where: { id: proposalId }, select: { segmentId: true } });
    if (!found) throw new AppError("not_found", "That proposal does not exist.");
    const segment = await lockSegment(tx, found.segmentId);
    const approval = await lastApproval(tx, segment.id, proposalId);
    if (!approval || approval.actorId !== actor.id) throw new AppError("forbidden", "Only the reviewer who approved a proposal can undo the approval.");
    if (!approval.recent) throw new AppError("conflict", `The approval can be undone for ${UNDO_WINDOW_SECONDS} seconds only; reopen the sentence instead.`);
    const before = approval.before as ApprovalBefore;
    const after = approval.after as ApprovalAfter;
    if (segment.approvedProposalId !== proposalId || segment.version !== after.version) {
      throw new AppError("conflict", `Sentence ${segment.order} changed after your approval, so it was not undone. Reload it; a reviewer can reopen it.`);
    }
    const edited = await tx.proposal.findUniqueOrThrow({ where: { id: proposalId }, select: { editedInReview: true, authorId: true, text: true, basedOnId: true } });
    const reviewerText = edited.editedInReview && edited.authorId === actor.id;
    const version = segment.version + 1;
    await tx.segment.update({
      where: { id: segment.id },
      data: { status: before.status, approvedProposalId: before.approvedProposalId, currentProposalId: before.currentProposalId, version, ...figuresData(before.figures) },
      select: { id: true },
    });
    await tx.proposal.updateMany({ where: { id: { in: after.supersededIds ?? [] }, segmentId: segment.id, state: "superseded" }, data: { state: "open" } });
    const reopenedFlags = await reopenResolvedFlags(tx, segment.id, proposalId, approval.id);
    // The TM follows the restored approval: the entry goes, or an earlier approved text comes back.
    await syncTmEntries(tx, [segment.id], actor.id);
    if (reviewerText) await tx.proposal.delete({ where: { id: proposalId }, select: { id: true } });
    else {
      await tx.proposal.update({ where: { id: proposalId }, data: { state: "open" }, select: { id: true } });
      if (after.reviewId) await tx.review.deleteMany({ where: { id: after.reviewId, proposalId } });
    }
    await recordDocumentEvent(tx, { documentId: segment.documentId, type: EVENT.proposalUndoApprove, segmentId: segment.id, actorId: actor.id, payload: { row: { status: before.status, version } } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "proposal.undo-approve",
      entityType: "Proposal",
      entityId: proposalId,
      documentId: segment.documentId,
      segmentId: segment.id,
      before: { status: segment.status, approvedProposalId: proposalId, version: segment.version, reviewId: after.reviewId ?? null },
      after: { status: before.status, approvedProposalId: before.approvedProposalId, version, reopenedFlags, ...(reviewerText && { removedEdit: { text: edited.text, basedOnId: edited.basedOnId } }) },
    });
    return { segmentId: segment.id, version, status: before.status };
  },
);

async function lastApproval(tx: Tx, segmentId: number, proposalId: number) {
  const rows = await tx.$queryRaw<{ id: bigint; actorId: string | null; before: unknown; after: unknown; recent: boolean }[]>`
    SELECT id, "actorId", before, after, "createdAt" > now() - make_interval(secs => ${UNDO_WINDOW_SECONDS}) AS recent
    FROM "AuditEvent" WHERE "segmentId" = ${segmentId} AND action = 'proposal.approve' AND "entityType" = 'Proposal' AND "entityId" = ${String(proposalId)}
    ORDER BY id DESC LIMIT 1`;
  return rows[0] ?? null;
}

/** Flags "resolve all" closed with this approval, and still closed as it left them, open again. */
async function reopenResolvedFlags(tx: Tx, segmentId: number, proposalId: number, approvalEventId: bigint): Promise<number[]> {
  const event = await tx.auditEvent.findFirst({
    where: { segmentId, action: "annotation.resolve-on-approval", entityType: "Proposal", entityId: String(proposalId), id: { gt: approvalEventId } },
    orderBy: { id: "desc" },
    select: { after: true },
  });
  const ids = ((event?.after as { annotationIds?: number[] } | null)?.annotationIds ?? []).filter(Number.isInteger);
  if (ids.length === 0) return [];
  await tx.annotation.updateMany({ where: { id: { in: ids }, state: "resolved" }, data: { state: "open", resolvedById: null, resolutionNote: null } });
  return ids;
}
