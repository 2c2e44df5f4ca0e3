import { z } from "zod";
import type { CatExtras, CatFormat } from "@/lib/formats/cat/read-cat-file";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { idSchema } from "@/lib/validations/common";

/** What an imported CAT file holds beside its editable units (notes, translate="no" units, ignorable parts, skeleton), read-only; null for other documents. */
export const getFileExtras = defineUseCase(
  { name: "getFileExtras", permission: "document.read", input: z.object({ documentId: idSchema("document") }), mode: "read" },
  async ({ input: { documentId }, db }) => {
    const document = await db.document.findUnique({ where: { id: documentId }, select: { importFormat: true, catExtras: true, fileName: true } });
    if (!document?.importFormat || !document.catExtras) return null;
    return { format: document.importFormat as CatFormat, fileName: document.fileName, extras: document.catExtras as CatExtras };
  },
);
