// One schema per assignment form, read by the form's action and by the use case.
import { z } from "zod";
import { parseSentenceRanges } from "@/lib/assignments/sentence-ranges";
import { idSchema, userIdSchema } from "./common";

export const ASSIGNMENT_ROLES = ["edit", "review"] as const;

/** "3-7, 9" or a list of ranges; empty or null is the whole document. */
const sentencesSchema = z
  .union([z.string().max(2_000, "Name fewer ranges (at most 2,000 characters)."), z.null()])
  .transform((text, context) => {
    try {
      return text === null ? null : parseSentenceRanges(text);
    } catch (error) {
      context.addIssue({ code: "custom", message: (error as Error).message });
      return z.NEVER;
    }
  });

/** A calendar day as YYYY-MM-DD (what <input type="date"> sends); empty is no due date. */
export const dueOnSchema = z
  .union([z.string().trim(), z.null()])
  .transform((text, context) => {
    if (!text) return null;
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    const day = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
    if (!match || !day || day.toISOString().slice(0, 10) !== text || day.getUTCFullYear() < 2000 || day.getUTCFullYear() > 9999) {
      context.addIssue({ code: "custom", message: `The due date “${text.slice(0, 40)}” is not a date; use YYYY-MM-DD, e.g. 2026-12-31.` });
      return z.NEVER;
    }
    return day;
  });

export const createAssignmentSchema = z.object({
  documentId: idSchema("document"),
  assigneeId: userIdSchema,
  role: z.enum(ASSIGNMENT_ROLES, { message: "Choose edit or review." }),
  sentences: sentencesSchema.default(null),
  dueOn: dueOnSchema.default(null),
});

export const updateAssignmentSchema = z.object({
  assignmentId: idSchema("assignment"),
  assigneeId: userIdSchema,
  sentences: sentencesSchema.default(null),
  dueOn: dueOnSchema.default(null),
});

export const removeAssignmentSchema = z.object({ assignmentId: idSchema("assignment") });
