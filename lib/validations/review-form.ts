import { z } from "zod";
import { idSchema, textSchema } from "./common";

/** The reason list's last choice: the reviewer writes the whole reason. */
export const OTHER_REASON = "Other (explain below)";

/** The reject form's reason list and free text, as the one reason the author reads. */
export const rejectFormSchema = z
  .object({
    proposalId: idSchema("proposal"),
    reason: textSchema().trim().min(1, "Choose a reason."),
    details: textSchema().trim().max(900, "Keep the details under 900 characters.").default(""),
  })
  // "Other" is the reviewer's own reason: said where it is missing, not as a rejection without any.
  .refine(({ reason, details }) => reason !== OTHER_REASON || details !== "", { path: ["details"], message: "Write the reason in “Details for the author” when you choose “Other”." })
  .transform(({ proposalId, reason, details }) => ({ proposalId, reason: reason === OTHER_REASON ? details : details ? `${reason}: ${details}` : reason }));
