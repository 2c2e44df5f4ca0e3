import { z } from "zod";

export const annotationFieldsSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  category: z.string().trim().min(1, "Choose a category."),
  subcategory: z.string().trim().min(1).nullish(),
  severity: z.string().trim().min(1, "Choose a severity."),
  note: z.string().trim().max(2_000, "Keep the note under 2,000 characters.").default(""),
});

export const createAnnotationSchema = annotationFieldsSchema.extend({ segmentId: z.number().int().positive() });
export const resolveAnnotationSchema = z.object({
  annotationId: z.number().int().positive(),
  state: z.enum(["resolved", "dismissed"]),
  note: z.string().trim().max(2_000).default(""),
});

export type AnnotationFields = z.input<typeof annotationFieldsSchema>;
