import { replaceInText } from "@/lib/find-replace/replace-in-text";
import { recordAudit } from "@/lib/server/audit";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { applyReplacementSchema } from "@/lib/validations/find-replace";
import { applyToSentences } from "./apply-to-sentences";
import { compileOrRefuse } from "./preview-changes";

/**
 * Find and replace, step two (and a propagation's apply): one proposal per chosen sentence, computed again from its
 * text under lock, in one transaction; never an approval.
 */
export const applyReplacement = defineUseCase(
  { name: "applyReplacement", permission: "proposal.submit", input: applyReplacementSchema, timeout: 120_000 },
  async ({ actor, input: { documentId, query, segments, origin }, db: tx }) => {
    const search = compileOrRefuse(query);
    const outcome = await applyToSentences(tx, actor, documentId, segments, (row) => replaceInText(row.text, search, query.replace).text, {
      origin,
      find: query.find,
      replace: query.replace,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: origin === "propagation" ? "document.propagate" : "document.replace",
      entityType: "Document",
      entityId: documentId,
      documentId,
      after: { ...query, proposals: outcome.applied.length, skipped: outcome.skipped.length },
    });
    return outcome;
  },
);
