import { z } from "zod";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { idSchema } from "@/lib/validations/common";
import { isBilingual } from "@/lib/server/workspace/is-bilingual";

/** The document with its blocks and segments in reading order, or null. */
export const getDocument = defineUseCase(
  { name: "getDocument", permission: "document.read", input: z.object({ documentId: idSchema("document") }), mode: "read" },
  async ({ input: { documentId }, db }) => {
    const [document, blocks, bilingual] = await Promise.all([
      db.document.findUnique({
        where: { id: documentId },
        select: { id: true, title: true, sourceLanguage: true, targetLanguage: true, provenance: true, segmentCount: true, createdAt: true, fileName: true },
      }),
      db.block.findMany({
        where: { documentId },
        orderBy: { order: "asc" },
        select: {
          id: true,
          kind: true,
          order: true,
          start: true,
          text: true,
          segments: { orderBy: { order: "asc" }, select: { id: true, order: true, start: true, end: true, mtText: true, sourceText: true, status: true, version: true } },
        },
      }),
      isBilingual(db, documentId),
    ]);
    return document ? { ...document, bilingual, blocks } : null;
  },
);

export type DocumentView = NonNullable<Awaited<ReturnType<typeof getDocument>>>;
