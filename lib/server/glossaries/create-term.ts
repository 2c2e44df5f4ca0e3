import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit";
import { announceGlossaryChange } from "@/lib/server/live/announce-glossary-change";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { createTermSchema } from "@/lib/validations/glossary";
import { findGlossary, TERM_FIELDS, termAudit } from "./glossary-rows";

export const createTerm = defineUseCase(
  { name: "createTerm", permission: "glossary.manage", input: createTermSchema },
  async ({ actor, input: { glossaryId, ...fields }, db: tx }) => {
    await findGlossary(tx, glossaryId);
    // ON CONFLICT DO NOTHING: two people adding one term at once get one term and one clear refusal, not a 500.
    const inserted = await tx.glossaryTerm.createManyAndReturn({ data: [{ glossaryId, ...fields }], skipDuplicates: true, select: TERM_FIELDS });
    const term = inserted[0];
    if (!term) {
      const message = `This glossary already has the term "${fields.source}": edit that one.`;
      throw new AppError("conflict", message, undefined, { source: [message] });
    }
    await announceGlossaryChange(tx, actor.id, glossaryId);
    await recordAudit(tx, { actorId: actor.id, action: "term.create", entityType: "GlossaryTerm", entityId: term.id, after: { glossaryId, ...termAudit(term) } });
    return term;
  },
);
