import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit";
import { announceGlossaryChange } from "@/lib/server/live/announce-glossary-change";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { updateTermSchema } from "@/lib/validations/glossary";
import { findTerm, termAudit } from "./glossary-rows";

/**
 * Saves a term over the version its editor read: the update only matches that version, so of two reviewers saving
 * one term at once the second gets a conflict with the newer entry instead of silently overwriting it.
 */
/** Said next to the source term's field, which is the one to change. */
function sourceTaken(source: string) {
  const message = `This glossary already has the term "${source}".`;
  return new AppError("conflict", message, undefined, { source: [message] });
}

export const updateTerm = defineUseCase(
  { name: "updateTerm", permission: "glossary.manage", input: updateTermSchema },
  async ({ actor, input: { termId, version, ...fields }, db: tx }) => {
    const before = await findTerm(tx, termId);
    if (fields.source !== before.source) {
      const clash = await tx.glossaryTerm.findUnique({ where: { glossaryId_source: { glossaryId: before.glossaryId, source: fields.source } }, select: { id: true } });
      if (clash) throw sourceTaken(fields.source);
    }
    const { count } = await tx.glossaryTerm.updateMany({ where: { id: termId, version }, data: { ...fields, version: { increment: 1 } } }).catch((error) => {
      // Another reviewer renamed a term to the same source at the same moment: the unique index decides.
      if ((error as { code?: string }).code === "P2002") throw sourceTaken(fields.source);
      throw error;
    });
    if (count === 0) {
      const current = await findTerm(tx, termId);
      throw new AppError("conflict", "Someone changed this term since you opened it: read their version and save again.", { current });
    }
    const term = await findTerm(tx, termId);
    await announceGlossaryChange(tx, actor.id, term.glossaryId);
    await recordAudit(tx, { actorId: actor.id, action: "term.update", entityType: "GlossaryTerm", entityId: termId, before: termAudit(before), after: { glossaryId: term.glossaryId, ...termAudit(term), version: term.version } });
    return term;
  },
);
