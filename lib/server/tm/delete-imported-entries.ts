import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/server/audit";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";

const input = z.object({ sourceLanguage: z.string().min(1).max(35), targetLanguage: z.string().min(1).max(35) });

/**
 * Takes a language pair's imported entries (from TMX files) out of the memory, to undo a wrong import; entries from
 * approvals stay, since they follow their sentences.
 */
export const deleteImportedTmEntries = defineUseCase(
  { name: "deleteImportedTmEntries", permission: "tm.manage", input },
  async ({ actor, input: { sourceLanguage, targetLanguage }, db: tx }) => {
    const { count } = await tx.translationMemoryEntry.deleteMany({ where: { sourceLanguage, targetLanguage, segmentId: null } });
    await recordAudit(tx, { actorId: actor.id, action: "tm.delete-imported", entityType: "TranslationMemory", entityId: `${sourceLanguage} ${targetLanguage}`, after: { sourceLanguage, targetLanguage, deleted: count } });
    return { deleted: count };
  },
);
