import { z } from "zod";
import { textSchema } from "./common";

/** A BCP 47 language tag ("ru", "en-GB", "zh-Hant", "sr-Latn-RS"), as the runtime's own parser accepts it, in canonical case. */
export function languageTagSchema(example: string) {
  const message = `Use a BCP 47 language code such as ${example}.`;
  return z
    .string()
    .trim()
    .max(35, message)
    .refine((tag) => /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(tag) && canonicalTag(tag) !== null, message)
    .transform((tag) => canonicalTag(tag)!);
}

function canonicalTag(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

export const importDocumentSchema = z.object({
  title: textSchema().trim().min(1, "Give the document a title.").max(300, "Keep the title under 300 characters."),
  sourceLanguage: languageTagSchema("ru or pt-BR").default("ru"),
  targetLanguage: languageTagSchema("en or en-GB").default("en"),
  provenance: textSchema().trim().max(200, "Keep the provenance under 200 characters.").optional(),
  format: z.enum(["text", "markdown"]).default("text"),
});

export type ImportDocumentInput = z.infer<typeof importDocumentSchema>;
