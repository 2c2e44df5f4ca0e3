import { AppError } from "@/lib/errors";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { repeatsSchema } from "@/lib/validations/find-replace";
import type { Tx } from "@/lib/db";
import { readCurrentTexts } from "./current-texts";
import type { SentenceChange } from "./preview-changes";

/** The approved sentence whose text its repeats would take; a sentence without an approved text has none to offer. */
export async function readApproved(db: Tx, segmentId: number) {
  const segment = await db.segment.findUnique({ where: { id: segmentId }, select: { id: true, documentId: true, mtText: true, approvedProposal: { select: { text: true } } } });
  if (!segment) throw new AppError("not_found", "That segment does not exist (any more). Reload the document.");
  return { documentId: segment.documentId, mtText: segment.mtText, text: segment.approvedProposal?.text ?? null };
}

/** After an approval: the other sentences with the very same MT whose current text differs from the approved one. */
export const findRepeats = defineUseCase(
  { name: "findRepeats", permission: "proposal.propagate", input: repeatsSchema, mode: "read" },
  async ({ input: { segmentId }, db }): Promise<{ text: string | null; changes: SentenceChange[] }> => {
    const approved = await readApproved(db, segmentId);
    if (approved.text === null || approved.mtText.trim() === "") return { text: approved.text, changes: [] };
    const rows = await readCurrentTexts(db, approved.documentId);
    const changes = rows
      .filter((row) => row.id !== segmentId && row.mtText === approved.mtText && row.text !== approved.text)
      .map((row) => ({ segmentId: row.id, order: row.order, version: row.version, before: row.text, after: approved.text!, count: 1 }));
    return { text: approved.text, changes };
  },
);
