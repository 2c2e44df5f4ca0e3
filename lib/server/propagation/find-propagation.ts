import { changeHunks } from "@/lib/find-replace/change-hunks";
import type { SearchQuery } from "@/lib/find-replace/compile-search";
import { sourceVariants } from "@/lib/find-replace/source-variants";
import { checkContext } from "@/lib/server/checks/new-check-errors";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { findPropagationSchema } from "@/lib/validations/find-replace";
import { readCurrentTexts } from "./current-texts";
import { markHeld } from "./held-changes";
import { previewChanges, type SentenceChange } from "./preview-changes";

/** `bySource`: sentences whose source has the same name, spelled another close way (`find` lists the spellings). */
export type Propagation = { find: string; replace: string; query: SearchQuery & { replace: string }; bySource: boolean; changes: SentenceChange[] };

/**
 * After a save: each phrase the editor replaced ("Sergey" by "Sergei") and the other sentences whose current text
 * still has it as a whole word, same case; in a bilingual document, also a name's other spellings in sentences whose
 * source has the same name. Only a preview; applying is applyReplacement with origin "propagation".
 */
export const findPropagation = defineUseCase(
  { name: "findPropagation", permission: "proposal.submit", input: findPropagationSchema, mode: "read" },
  async ({ input: { documentId, segmentId, before, after }, db }): Promise<Propagation[]> => {
    const hunks = changeHunks(before, after);
    if (hunks.length === 0) return [];
    const rows = await readCurrentTexts(db, documentId);
    const savedSource = rows.find((row) => row.id === segmentId)?.sourceText ?? null;
    const checks = checkContext(db, documentId);
    const offers: Propagation[] = [];
    for (const hunk of hunks) {
      const query = { ...hunk, regex: false, caseSensitive: true, wholeWord: true };
      const changes = await markHeld(checks, rows, previewChanges(rows, query, segmentId));
      if (changes.length > 0) offers.push({ ...hunk, query, bySource: false, changes });
      const variants = sourceVariants(savedSource, hunk, rows, segmentId);
      if (!variants) continue;
      const offered = new Set(changes.map((change) => change.segmentId));
      const more = await markHeld(checks, rows, previewChanges(rows.filter((row) => variants.segmentIds.has(row.id) && !offered.has(row.id)), variants.query));
      if (more.length > 0) offers.push({ find: variants.variants.join(", "), replace: hunk.replace, query: variants.query, bySource: true, changes: more });
    }
    return offers;
  },
);
