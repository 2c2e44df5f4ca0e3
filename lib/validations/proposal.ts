import { z } from "zod";

export const MAX_SEGMENT_TEXT = 10_000;

export const proposalTextSchema = z
  .string()
  .transform((text) => text.trim())
  .pipe(z.string().min(1, "The proposal is empty.").max(MAX_SEGMENT_TEXT, `Keep a sentence under ${MAX_SEGMENT_TEXT} characters.`));

export const submitProposalSchema = z.object({
  segmentId: z.number().int().positive(),
  text: proposalTextSchema,
  basedOnId: z.number().int().positive().nullish(),
  expectedVersion: z.number().int().min(0),
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
  proposalId: z.number().int().positive(),
  reason: z.string().trim().min(1, "Give a reason for the rejection.").max(1_000),
});

export type SubmitProposalInput = z.input<typeof submitProposalSchema>;
