import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { lockSegments } from "@/lib/server/segments/lock-segment";
import { bulkApproveSchema } from "@/lib/validations/review";
import { approveInTransaction } from "./approve-in-transaction";

/** A selected proposal someone else decided between the reviewer's selection and the approval. */
export type AlreadyDecided = { proposalId: number; state: "approved" | "rejected" | "superseded"; by: string | null };

/**
 * One confirmation, one transaction. All the segments are locked first, in id order, so two overlapping bulk approvals
 * queue up instead of deadlocking. A proposal that was decided meanwhile (by another reviewer's approval, say) is left
 * as it is and reported, and the rest are approved: the reviewer wanted them approved, and they are.
 */
export const bulkApprove = defineUseCase(
  { name: "bulkApprove", permission: "proposal.review", input: bulkApproveSchema, timeout: 60_000 },
  async ({ actor, input, db: tx }) => {
    const ids = [...new Set(input.proposalIds)].sort((a, b) => a - b);
    const proposals = await tx.proposal.findMany({ where: { id: { in: ids } }, select: { id: true, segmentId: true } });
    if (proposals.length < ids.length) throw new AppError("not_found", "That proposal does not exist.");
    await lockSegments(tx, proposals.map((proposal) => proposal.segmentId));
    // Read after the locks: every decision locks its segment first, so these states can no longer change under us.
    const alreadyDecided = await findDecided(tx, ids);
    const skipped = new Set(alreadyDecided.map((decided) => decided.proposalId));
    // Competing proposals of one sentence: the newest selected is its text; approving it supersedes the older ones.
    const newest = new Map<number, number>();
    for (const { id, segmentId } of proposals) if (!skipped.has(id)) newest.set(segmentId, Math.max(id, newest.get(segmentId) ?? 0));
    const toApprove = [...newest.values()].sort((a, b) => a - b);
    for (const id of toApprove) await approveInTransaction(tx, actor, id);
    const replaced = proposals.length - skipped.size - toApprove.length;
    return { approved: toApprove.length, replaced, alreadyDecided };
  },
);

async function findDecided(tx: Tx, ids: number[]): Promise<AlreadyDecided[]> {
  const decided = await tx.proposal.findMany({
    where: { id: { in: ids }, state: { not: "open" } },
    orderBy: { id: "asc" },
    select: { id: true, state: true, reviews: { orderBy: { createdAt: "desc" }, take: 1, select: { reviewer: { select: { name: true } } } } },
  });
  return decided.map((proposal) => ({
    proposalId: proposal.id,
    state: proposal.state as AlreadyDecided["state"],
    by: proposal.reviews[0]?.reviewer.name ?? null,
  }));
}
