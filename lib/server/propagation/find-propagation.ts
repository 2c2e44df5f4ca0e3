import { changeHunks } from "@/lib/find-replace/change-hunks";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { findPropagationSchema } from "@/lib/validations/find-replace";
import { readCurrentTexts } from "./current-texts";
import { previewChanges, type SentenceChange } from "./preview-changes";

export type Propagation = { find: string; replace: string; changes: SentenceChange[] };

/**
 * After a save: each phrase the editor replaced ("Sergey" by "Sergei") and the other sentences whose current text
 * still has it as a whole word, same case. Only a preview; applying is applyReplacement with origin "propagation".
 */
export const findPropagation = defineUseCase(
  { name: "findPropagation", permission: "proposal.submit", input: findPropagationSchema, mode: "read" },
  async ({ input: { documentId, segmentId, before, after }, db }): Promise<Propagation[]> => {
    const hunks = changeHunks(before, after);
    if (hunks.length === 0) return [];
    const rows = await readCurrentTexts(db, documentId);
    return hunks
      .map((hunk) => ({ ...hunk, changes: previewChanges(rows, { ...hunk, regex: false, caseSensitive: true, wholeWord: true }, segmentId) }))
      .filter((propagation) => propagation.changes.length > 0);
  },
);
