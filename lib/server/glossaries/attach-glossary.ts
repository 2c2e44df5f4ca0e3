import { languageOf } from "@/lib/checks/text";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit";
import { announceGlossaryChange } from "@/lib/server/live/announce-glossary-change";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { attachGlossarySchema } from "@/lib/validations/glossary";
import { findGlossary } from "./glossary-rows";

/** Makes a glossary apply to a document (its checks and highlights); one glossary may serve several documents. */
export const attachGlossary = defineUseCase(
  { name: "attachGlossary", permission: "glossary.manage", input: attachGlossarySchema },
  async ({ actor, input: { glossaryId, documentId }, db: tx }) => {
    const glossary = await findGlossary(tx, glossaryId);
    const document = await tx.document.findUnique({ where: { id: documentId }, select: { sourceLanguage: true, targetLanguage: true } });
    if (!document) throw new AppError("not_found", "That document does not exist (any more).");
    const pair = (source: string, target: string) => `${languageOf(source)} → ${languageOf(target)}`;
    if (pair(glossary.sourceLanguage, glossary.targetLanguage) !== pair(document.sourceLanguage, document.targetLanguage)) {
      throw new AppError("bad_input", `This glossary is ${pair(glossary.sourceLanguage, glossary.targetLanguage)}; that document is ${pair(document.sourceLanguage, document.targetLanguage)}.`);
    }
    const { count } = await tx.documentGlossary.createMany({ data: [{ glossaryId, documentId }], skipDuplicates: true });
    if (count === 0) throw new AppError("conflict", "This glossary is already attached to that document.");
    await announceGlossaryChange(tx, actor.id, glossaryId, [documentId]);
    await recordAudit(tx, { actorId: actor.id, action: "glossary.attach", entityType: "Glossary", entityId: glossaryId, documentId, after: { name: glossary.name } });
    return { glossaryId, documentId };
  },
);
