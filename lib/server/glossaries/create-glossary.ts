import { recordAudit } from "@/lib/server/audit";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { createGlossarySchema } from "@/lib/validations/glossary";
import { GLOSSARY_FIELDS } from "./glossary-rows";

export const createGlossary = defineUseCase(
  { name: "createGlossary", permission: "glossary.manage", input: createGlossarySchema },
  async ({ actor, input, db: tx }) => {
    const glossary = await tx.glossary.create({ data: { ...input, createdById: actor.id }, select: GLOSSARY_FIELDS });
    await recordAudit(tx, { actorId: actor.id, action: "glossary.create", entityType: "Glossary", entityId: glossary.id, after: input });
    return glossary;
  },
);
