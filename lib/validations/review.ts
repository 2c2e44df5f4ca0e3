import { z } from "zod";
import { idSchema } from "./common";
import { checkOverrideReasonSchema } from "./finding";
import { proposalTextSchema } from "./proposal";

export const MAX_BULK_APPROVE = 500;

export const proposalIdSchema = z.object({ proposalId: idSchema("proposal") });
const resolveFlags = z.boolean().default(false);
export const approveSchema = proposalIdSchema.extend({ resolveFlags });
/** `checkOverrideReason`: why the reviewer approves an edit over the checks' errors, as an editor must say to submit one. */
export const editAndApproveSchema = z.object({ proposalId: idSchema("proposal"), text: proposalTextSchema, resolveFlags, checkOverrideReason: checkOverrideReasonSchema.optional() });
export const bulkApproveSchema = z.object({
  proposalIds: z.array(idSchema("proposal")).min(1, "Select at least one proposal.").max(MAX_BULK_APPROVE, `Approve at most ${MAX_BULK_APPROVE} proposals at a time.`),
});
