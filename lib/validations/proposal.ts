import { z } from "zod";
import { countSchema, idSchema, textSchema } from "./common";
import { checkOverrideReasonSchema } from "./finding";

export const MAX_SEGMENT_TEXT = 10_000;

export const proposalTextSchema = textSchema()
  .transform((text) => text.trim())
  .pipe(z.string().min(1, "The proposal is empty.").max(MAX_SEGMENT_TEXT, `Keep a sentence under ${MAX_SEGMENT_TEXT} characters.`));

export const submitProposalSchema = z.object({
  /** When given (the HTTP route names it), the sentence must belong to this document. */
  documentId: idSchema("document").optional(),
  segmentId: idSchema("sentence"),
  text: proposalTextSchema,
  basedOnId: idSchema("proposal").nullish(),
  expectedVersion: countSchema("version"),
  /** Submits over the checks' errors: why the editor keeps what they report. */
  checkOverrideReason: checkOverrideReasonSchema.optional(),
});

export const REJECTION_REASONS = [
  "Meaning changed or lost",
  "New error introduced",
  "Terminology not followed",
  "Grammar or spelling",
  "Style or register",
  "Unnecessary change",
] as const;

export const rejectSchema = z.object({
  proposalId: idSchema("proposal"),
  reason: textSchema().trim().min(1, "Give a reason for the rejection.").max(1_000, "Keep the reason under 1,000 characters."),
});

export type SubmitProposalInput = z.input<typeof submitProposalSchema>;
