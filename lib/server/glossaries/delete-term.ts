import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit";
import { announceGlossaryChange } from "@/lib/server/live/announce-glossary-change";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { deleteTermSchema } from "@/lib/validations/glossary";
import { findTerm, termAudit } from "./glossary-rows";

/** Deletes the version of a term its reviewer saw; a term changed meanwhile is a conflict, not a blind delete. */
export const deleteTerm = defineUseCase(
  { name: "deleteTerm", permission: "glossary.manage", input: deleteTermSchema },
  async ({ actor, input: { termId, version }, db: tx }) => {
    const before = await findTerm(tx, termId);
    const { count } = await tx.glossaryTerm.deleteMany({ where: { id: termId, version } });
    if (count === 0) throw new AppError("conflict", "Someone changed this term since you opened it: read their version first.");
    await announceGlossaryChange(tx, actor.id, before.glossaryId);
    await recordAudit(tx, { actorId: actor.id, action: "term.delete", entityType: "GlossaryTerm", entityId: termId, before: { glossaryId: before.glossaryId, ...termAudit(before) } });
    return { id: termId };
  },
);
