import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { lockSegments } from "@/lib/server/segments/lock-segment";
import { bulkApproveSchema } from "@/lib/validations/review";
import { approveInTransaction } from "./approve-in-transaction";

/**
 * One confirmation, one transaction: either every selected proposal is approved or none is. All their segments are
 * locked first, in id order, so two overlapping bulk approvals queue up instead of deadlocking.
 */
export const bulkApprove = defineUseCase(
  { name: "bulkApprove", permission: "proposal.review", input: bulkApproveSchema, timeout: 60_000 },
  async ({ actor, input, db: tx }) => {
    const ids = [...new Set(input.proposalIds)].sort((a, b) => a - b);
    const proposals = await tx.proposal.findMany({ where: { id: { in: ids } }, select: { segmentId: true } });
    await lockSegments(tx, proposals.map((proposal) => proposal.segmentId));
    for (const id of ids) await approveInTransaction(tx, actor, id);
    return { approved: ids.length };
  },
);
