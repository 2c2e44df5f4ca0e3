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
  .transform(({ proposalId, reason, details }) => ({ proposalId, reason: reason === OTHER_REASON ? details : details ? `${reason}: ${details}` : reason }));
