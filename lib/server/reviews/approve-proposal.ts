import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { proposalIdSchema } from "@/lib/validations/review";
import { approveInTransaction } from "./approve-in-transaction";

export const approveProposal = defineUseCase(
  { name: "approveProposal", permission: "proposal.review", input: proposalIdSchema },
  ({ actor, input: { proposalId }, db: tx }) => approveInTransaction(tx, actor, proposalId),
);
