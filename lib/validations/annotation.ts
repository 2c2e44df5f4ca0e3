import { z } from "zod";
import { countSchema, idSchema, textSchema } from "./common";

const name = (message: string) => textSchema().trim().min(1, message).max(100, "That name is too long.");

export const annotationFieldsSchema = z.object({
  start: countSchema("start offset"),
  end: countSchema("end offset"),
  category: name("Choose a category."),
  subcategory: name("Choose a subcategory.").nullish(),
  severity: name("Choose a severity."),
  note: textSchema().trim().max(2_000, "Keep the note under 2,000 characters.").default(""),
});

export const createAnnotationSchema = z.object({ segmentId: idSchema("sentence"), fields: annotationFieldsSchema });
export const updateAnnotationSchema = z.object({ annotationId: idSchema("flag"), fields: annotationFieldsSchema });
export const annotationIdSchema = z.object({ annotationId: idSchema("flag") });
export const resolveAnnotationSchema = z.object({
  annotationId: idSchema("flag"),
  state: z.enum(["resolved", "dismissed"], { message: "Choose resolve or dismiss." }),
  note: textSchema().trim().max(2_000, "Keep the note under 2,000 characters.").default(""),
});

export type AnnotationFields = z.input<typeof annotationFieldsSchema>;
export type ParsedAnnotationFields = z.output<typeof annotationFieldsSchema>;
