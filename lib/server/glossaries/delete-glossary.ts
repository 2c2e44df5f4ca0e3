import { recordAudit } from "@/lib/server/audit";
import { announceGlossaryChange } from "@/lib/server/live/announce-glossary-change";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { glossaryIdSchema } from "@/lib/validations/glossary";
import { findGlossary } from "./glossary-rows";

/** Deletes a glossary with its terms and detaches it from its documents; the audit keeps its name and size. */
export const deleteGlossary = defineUseCase(
  { name: "deleteGlossary", permission: "glossary.manage", input: glossaryIdSchema },
  async ({ actor, input: { glossaryId }, db: tx }) => {
    const glossary = await findGlossary(tx, glossaryId);
    const [terms, documents] = await Promise.all([
      tx.glossaryTerm.count({ where: { glossaryId } }),
      tx.documentGlossary.findMany({ where: { glossaryId }, select: { documentId: true } }),
    ]);
    await tx.glossary.delete({ where: { id: glossaryId }, select: { id: true } });
    await announceGlossaryChange(tx, actor.id, glossaryId, documents.map((row) => row.documentId));
    await recordAudit(tx, { actorId: actor.id, action: "glossary.delete", entityType: "Glossary", entityId: glossaryId, before: { name: glossary.name, terms } });
    for (const { documentId } of documents) {
      await recordAudit(tx, { actorId: actor.id, action: "glossary.detach", entityType: "Glossary", entityId: glossaryId, documentId, before: { name: glossary.name } });
    }
    return { id: glossaryId };
  },
);
