import { z } from "zod";
import { idSchema } from "./common";
import { proposalTextSchema } from "./proposal";

export const MAX_BULK_APPROVE = 500;

export const proposalIdSchema = z.object({ proposalId: idSchema("proposal") });
const resolveFlags = z.boolean().default(false);
export const approveSchema = proposalIdSchema.extend({ resolveFlags });
export const editAndApproveSchema = z.object({ proposalId: idSchema("proposal"), text: proposalTextSchema, resolveFlags });
export const bulkApproveSchema = z.object({
  proposalIds: z.array(idSchema("proposal")).min(1, "Select at least one proposal.").max(MAX_BULK_APPROVE, `Approve at most ${MAX_BULK_APPROVE} proposals at a time.`),
});
