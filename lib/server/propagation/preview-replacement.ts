import { AppError } from "@/lib/errors";
import { checkContext } from "@/lib/server/checks/new-check-errors";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { previewReplacementSchema } from "@/lib/validations/find-replace";
import { readCurrentTexts } from "./current-texts";
import { markHeld } from "./held-changes";
import { previewChanges } from "./preview-changes";

/** Find and replace, step one: every sentence the replacement would change, with its text before and after. Nothing is stored. */
export const previewReplacement = defineUseCase(
  { name: "previewReplacement", permission: "proposal.submit", input: previewReplacementSchema, mode: "read" },
  async ({ input: { documentId, query }, db }) => {
    const rows = await readCurrentTexts(db, documentId);
    if (rows.length === 0 && !(await db.document.findUnique({ where: { id: documentId }, select: { id: true } }))) {
      throw new AppError("not_found", `There is no document ${documentId}.`);
    }
    return { changes: await markHeld(checkContext(db, documentId), rows, previewChanges(rows, query)) };
  },
);
