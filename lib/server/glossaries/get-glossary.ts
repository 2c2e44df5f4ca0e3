import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { glossaryIdSchema } from "@/lib/validations/glossary";
import { findGlossary, TERM_FIELDS } from "./glossary-rows";

/** A glossary's terms (by source term) and the documents it is attached to. */
export const getGlossary = defineUseCase(
  { name: "getGlossary", permission: "glossary.read", input: glossaryIdSchema, mode: "read" },
  async ({ input: { glossaryId }, db }) => {
    const glossary = await findGlossary(db, glossaryId);
    const [terms, links] = await Promise.all([
      db.glossaryTerm.findMany({ where: { glossaryId }, orderBy: [{ source: "asc" }, { id: "asc" }], select: TERM_FIELDS }),
      db.documentGlossary.findMany({ where: { glossaryId }, orderBy: { documentId: "asc" }, select: { document: { select: { id: true, title: true } } } }),
    ]);
    return { ...glossary, terms, documents: links.map((l) => l.document) };
  },
);

export type GlossaryView = Awaited<ReturnType<typeof getGlossary>>;
