import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit";
import { announceGlossaryChange } from "@/lib/server/live/announce-glossary-change";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { attachGlossarySchema } from "@/lib/validations/glossary";
import { findGlossary } from "./glossary-rows";

export const detachGlossary = defineUseCase(
  { name: "detachGlossary", permission: "glossary.manage", input: attachGlossarySchema },
  async ({ actor, input: { glossaryId, documentId }, db: tx }) => {
    const glossary = await findGlossary(tx, glossaryId);
    const { count } = await tx.documentGlossary.deleteMany({ where: { glossaryId, documentId } });
    if (count === 0) throw new AppError("not_found", "This glossary is not attached to that document.");
    await announceGlossaryChange(tx, actor.id, glossaryId, [documentId]);
    await recordAudit(tx, { actorId: actor.id, action: "glossary.detach", entityType: "Glossary", entityId: glossaryId, documentId, before: { name: glossary.name } });
    return { glossaryId, documentId };
  },
);
