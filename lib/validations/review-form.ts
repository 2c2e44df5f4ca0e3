import { z } from "zod";
import { proposalTextSchema } from "./proposal";

/** The reason list's last choice: the reviewer writes the whole reason. */
export const OTHER_REASON = "Other (explain below)";

const proposalId = z.coerce.number().int().positive("That proposal is not valid.");

export const proposalIdFormSchema = z.object({ proposalId });

export const rejectFormSchema = z
  .object({ proposalId, reason: z.string().trim().min(1, "Choose a reason."), details: z.string().trim().max(900, "Keep the details under 900 characters.").default("") })
  .transform(({ proposalId, reason, details }) => ({ proposalId, reason: reason === OTHER_REASON ? details : details ? `${reason}: ${details}` : reason }));

export const editFormSchema = z.object({ proposalId, text: proposalTextSchema });

export const bulkFormSchema = z.object({ proposalIds: z.array(proposalId).min(1, "Select at least one proposal.") });

export const resolveFormSchema = z.object({
  annotationId: z.coerce.number().int().positive(),
  state: z.enum(["resolved", "dismissed"], { message: "Choose resolve or dismiss." }),
  note: z.string().trim().max(2_000).default(""),
});
