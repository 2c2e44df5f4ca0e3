import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { approveSchema } from "@/lib/validations/review";
import { approveInTransaction } from "./approve-in-transaction";
import { resolveOpenFlags } from "./resolve-open-flags";

/** resolveFlags: the reviewer chose "resolve all" for the sentence's open flags; otherwise they are kept open. */
export const approveProposal = defineUseCase(
  { name: "approveProposal", permission: "proposal.review", input: approveSchema },
  async ({ actor, input: { proposalId, resolveFlags }, db: tx }) => {
    const approved = await approveInTransaction(tx, actor, proposalId);
    if (resolveFlags) await resolveOpenFlags(tx, actor, approved, proposalId);
    return approved;
  },
);
