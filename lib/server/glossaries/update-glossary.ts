import { recordAudit } from "@/lib/server/audit";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { updateGlossarySchema } from "@/lib/validations/glossary";
import { findGlossary, GLOSSARY_FIELDS } from "./glossary-rows";

/** Renames a glossary or changes its languages; its terms stay as they are. */
export const updateGlossary = defineUseCase(
  { name: "updateGlossary", permission: "glossary.manage", input: updateGlossarySchema },
  async ({ actor, input: { glossaryId, ...fields }, db: tx }) => {
    const before = await findGlossary(tx, glossaryId);
    const glossary = await tx.glossary.update({ where: { id: glossaryId }, data: fields, select: GLOSSARY_FIELDS });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "glossary.update",
      entityType: "Glossary",
      entityId: glossaryId,
      before: { name: before.name, sourceLanguage: before.sourceLanguage, targetLanguage: before.targetLanguage },
      after: fields,
    });
    return glossary;
  },
);
