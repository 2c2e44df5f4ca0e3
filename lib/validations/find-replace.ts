import { z } from "zod";
import { compileSearch, MAX_FIND_LENGTH, MAX_REPLACE_LENGTH } from "@/lib/find-replace/compile-search";
import { countSchema, idSchema, textSchema } from "./common";

/** The most sentences one apply may change: a whole book (the 10,000-segment document). */
export const MAX_APPLY_SEGMENTS = 10_000;

/** What to find and what to put instead. A regex is compiled here, so a bad one is a form message and nothing runs. */
export const searchQuerySchema = z
  .object({
    find: textSchema().min(1, "Type what to find.").max(MAX_FIND_LENGTH, `What to find is ${MAX_FIND_LENGTH} characters at most.`),
    replace: textSchema().max(MAX_REPLACE_LENGTH, `The replacement is ${MAX_REPLACE_LENGTH} characters at most.`),
    regex: z.boolean().default(false),
    caseSensitive: z.boolean().default(true),
    wholeWord: z.boolean().default(false),
  })
  .superRefine((query, context) => {
    const compiled = compileSearch(query);
    if (!compiled.ok) context.addIssue({ code: "custom", path: ["find"], message: compiled.message });
  });
export type SearchQueryInput = z.input<typeof searchQuerySchema>;

export const segmentVersionsSchema = z
  .array(z.object({ segmentId: idSchema("sentence"), expectedVersion: countSchema("version") }))
  .min(1, "Choose at least one sentence.")
  .max(MAX_APPLY_SEGMENTS, `At most ${MAX_APPLY_SEGMENTS.toLocaleString("en")} sentences at once.`);

export const previewReplacementSchema = z.object({ documentId: idSchema("document"), query: searchQuerySchema });

export const applyReplacementSchema = z.object({
  documentId: idSchema("document"),
  query: searchQuerySchema,
  segments: segmentVersionsSchema,
  /** "propagation": the phrase came from an editor's own edit of another sentence; both are audited as such. */
  origin: z.enum(["replace", "propagation"]).default("replace"),
});

export const findPropagationSchema = z.object({
  documentId: idSchema("document"),
  segmentId: idSchema("sentence"),
  before: textSchema().max(10_000),
  after: textSchema().max(10_000),
});

export const repeatsSchema = z.object({ segmentId: idSchema("sentence") });
export const applyRepeatsSchema = z.object({ segmentId: idSchema("sentence"), segments: segmentVersionsSchema });
