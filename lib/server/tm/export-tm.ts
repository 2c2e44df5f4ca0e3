import "server-only";
import { z } from "zod";
import { tmTmx } from "@/lib/formats/tm-tmx";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { textSchema } from "@/lib/validations/common";

const language = textSchema().trim().max(35, "That language tag is too long.").optional();

/** The translation memory as TMX, all of it or one language pair, oldest entry first. */
export const exportTm = defineUseCase(
  { name: "exportTm", permission: "tm.manage", input: z.object({ sourceLanguage: language, targetLanguage: language }), mode: "read" },
  async ({ input: { sourceLanguage, targetLanguage }, db }) => {
    const entries = await db.translationMemoryEntry.findMany({
      where: { ...(sourceLanguage && { sourceLanguage }), ...(targetLanguage && { targetLanguage }) },
      orderBy: { id: "asc" },
      select: { id: true, tuid: true, sourceLanguage: true, targetLanguage: true, sourceText: true, targetText: true, documentId: true, createdAt: true, changedAt: true },
    });
    return { count: entries.length, tmx: tmTmx(entries) };
  },
);
