import { z } from "zod";
import { countSchema, idSchema, textSchema } from "./common";
import { languageTagSchema } from "./document";

const termText = (what: string) => textSchema().trim().min(1, `Give the ${what}.`).max(300, `Keep the ${what} under 300 characters.`);

export const glossaryIdSchema = z.object({ glossaryId: idSchema("glossary") });

export const glossaryFieldsSchema = z.object({
  name: textSchema().trim().min(1, "Give the glossary a name.").max(200, "Keep the name under 200 characters."),
  sourceLanguage: languageTagSchema("ru or pt-BR").default("ru"),
  targetLanguage: languageTagSchema("en or en-GB").default("en"),
});

export const createGlossarySchema = glossaryFieldsSchema;
export const updateGlossarySchema = glossaryFieldsSchema.extend({ glossaryId: idSchema("glossary") });

/** Forbidden targets as a list, or as one line separated by | or ; (the form's field, the CSV column). */
const forbiddenSchema = z
  .union([z.array(textSchema()), textSchema().transform((line) => line.split(/[|;]/))])
  .transform((list) => [...new Set(list.map((t) => t.trim()).filter(Boolean))])
  .pipe(z.array(z.string().max(300, "Keep each forbidden target under 300 characters.")).max(50, "List at most 50 forbidden targets."));

export const termFieldsSchema = z.object({
  source: termText("source term"),
  preferred: termText("preferred target"),
  forbidden: forbiddenSchema.default([]),
  note: textSchema().trim().max(2_000, "Keep the note under 2,000 characters.").default(""),
});

/** The glossary check would report every right use of a preferred target that is also forbidden. */
function preferredNotForbidden(term: { preferred: string; forbidden: string[] }, context: z.RefinementCtx) {
  if (term.forbidden.some((target) => target.toLowerCase() === term.preferred.toLowerCase())) {
    context.addIssue({ code: "custom", path: ["forbidden"], message: `The preferred target "${term.preferred}" cannot also be forbidden.` });
  }
}

/** A term as the form and an import give it; a backup restores terms as they were (termFieldsSchema). */
export const termSchema = termFieldsSchema.superRefine(preferredNotForbidden);
export const createTermSchema = termFieldsSchema.extend({ glossaryId: idSchema("glossary") }).superRefine(preferredNotForbidden);
/** `version`: the version the editor read; a save over a newer one is a conflict, never a lost update. */
export const updateTermSchema = termFieldsSchema.extend({ termId: idSchema("term"), version: countSchema("version") }).superRefine(preferredNotForbidden);
export const deleteTermSchema = z.object({ termId: idSchema("term"), version: countSchema("version") });

export const attachGlossarySchema = z.object({ glossaryId: idSchema("glossary"), documentId: idSchema("document") });
export const documentGlossariesSchema = z.object({ documentId: idSchema("document") });
export const segmentTermsSchema = z.object({ documentId: idSchema("document"), segmentId: idSchema("sentence") });
export const exportGlossarySchema = z.object({ glossaryId: idSchema("glossary"), format: z.string().pipe(z.enum(["csv", "tbx"], { message: "Export as csv or tbx." })) });
