import { z } from "zod";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { idSchema } from "@/lib/validations/common";

/** Every glossary with its size and documents; with documentId, only the glossaries attached to that document. */
export const listGlossaries = defineUseCase(
  { name: "listGlossaries", permission: "glossary.read", input: z.object({ documentId: idSchema("document").optional() }), mode: "read" },
  async ({ input: { documentId }, db }) => {
    const glossaries = await db.glossary.findMany({
      where: documentId ? { documents: { some: { documentId } } } : {},
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        sourceLanguage: true,
        targetLanguage: true,
        updatedAt: true,
        _count: { select: { terms: true } },
        documents: { select: { document: { select: { id: true, title: true } } }, orderBy: { documentId: "asc" } },
      },
    });
    return glossaries.map(({ _count, documents, ...glossary }) => ({ ...glossary, termCount: _count.terms, documents: documents.map((d) => d.document) }));
  },
);

export type GlossaryListItem = Awaited<ReturnType<typeof listGlossaries>>[number];
