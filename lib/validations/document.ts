import { z } from "zod";
import { textSchema } from "./common";

export const importDocumentSchema = z.object({
  title: textSchema().trim().min(1, "Give the document a title.").max(300, "Keep the title under 300 characters."),
  sourceLanguage: z.string().trim().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, "Use a language code such as ru or en-GB.").default("ru"),
  targetLanguage: z.string().trim().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, "Use a language code such as en or en-GB.").default("en"),
  provenance: textSchema().trim().max(200, "Keep the provenance under 200 characters.").optional(),
  format: z.enum(["text", "markdown"]).default("text"),
});

export type ImportDocumentInput = z.infer<typeof importDocumentSchema>;
