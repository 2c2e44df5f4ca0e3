import { z } from "zod";
import { countSchema, idSchema, textSchema } from "./common";

export const findingsOfDocumentSchema = z.object({ documentId: idSchema("document") });

/** A finding is named by where it is: the check, the segment and the span; the server runs the check again. */
export const findingSchema = z.object({
  documentId: idSchema("document"),
  segmentId: idSchema("sentence"),
  check: textSchema().trim().min(1, "Name the check.").max(60, "That check id is too long."),
  start: countSchema("start offset"),
  end: countSchema("end offset"),
});

export const dismissFindingSchema = findingSchema.extend({
  reason: textSchema().trim().max(2_000, "Keep the reason under 2,000 characters.").default(""),
});

export const segmentFindingsSchema = z.object({ documentId: idSchema("document"), segmentId: idSchema("sentence") });

/** The sentences of a page of the workspace's list whose findings to count. */
export const countFindingsSchema = z.object({
  documentId: idSchema("document"),
  segmentIds: z.array(idSchema("sentence"), { message: "Name the sentences as a list of ids." }).max(1_000, "Count at most 1,000 sentences at once."),
});

/** Why an editor submits a proposal although a check reports an error in it; stored with the proposal for reviewers. */
export const checkOverrideReasonSchema = textSchema().trim().max(1_000, "Keep the reason under 1,000 characters.");
