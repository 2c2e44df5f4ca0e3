import { languageOf } from "@/lib/checks/text";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { glossaryIdSchema } from "@/lib/validations/glossary";
import { findGlossary } from "./glossary-rows";

const pair = (source: string, target: string) => `${languageOf(source)} → ${languageOf(target)}`;

/** Every document a glossary may be attached to, by title: in its language pair (as attachGlossary asks) and not attached yet. */
export const listAttachableDocuments = defineUseCase(
  { name: "listAttachableDocuments", permission: "glossary.manage", input: glossaryIdSchema, mode: "read" },
  async ({ input: { glossaryId }, db }) => {
    const glossary = await findGlossary(db, glossaryId);
    const documents = await db.document.findMany({
      where: { glossaries: { none: { glossaryId } } },
      orderBy: [{ title: "asc" }, { id: "asc" }],
      select: { id: true, title: true, sourceLanguage: true, targetLanguage: true },
    });
    const wanted = pair(glossary.sourceLanguage, glossary.targetLanguage);
    return documents.filter((document) => pair(document.sourceLanguage, document.targetLanguage) === wanted).map(({ id, title }) => ({ id, title }));
  },
);
