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
        documents: { select: { document: { select: { id: true, title: true } } }, orderBy: { documentId: "asc" } },
      },
    });
    // Counted for these glossaries only: Prisma's nested _count groups every term of every glossary.
    const counts = await db.glossaryTerm.groupBy({ by: ["glossaryId"], where: { glossaryId: { in: glossaries.map((g) => g.id) } }, _count: { _all: true } });
    const termCount = new Map(counts.map((row) => [row.glossaryId, row._count._all]));
    return glossaries.map(({ documents, ...glossary }) => ({ ...glossary, termCount: termCount.get(glossary.id) ?? 0, documents: documents.map((d) => d.document) }));
  },
);

export type GlossaryListItem = Awaited<ReturnType<typeof listGlossaries>>[number];
