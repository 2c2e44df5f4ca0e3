// Which changed sentences a bulk change leaves alone, and why: the previews mark them, the apply skips them.
import "server-only";
import { sentencesWithNewErrors, type CheckContext } from "@/lib/server/checks/new-check-errors";
import { placeholderProblemIn } from "@/lib/server/proposals/check-placeholders";
import { MAX_SEGMENT_TEXT } from "@/lib/validations/proposal";
import type { CurrentText } from "./current-texts";
import type { SentenceChange } from "./preview-changes";

/**
 * invalid: the change would leave the sentence empty or too long; placeholders: it would remove or break an inline code;
 * checks: it would bring in an error of the checks.
 */
export type HeldReason = "invalid" | "placeholders" | "checks";

/** A submit refuses the first two and asks a reason for the third, which a bulk change cannot give. */
export async function heldChanges(context: CheckContext, changes: readonly { row: CurrentText; text: string }[]): Promise<Map<number, HeldReason>> {
  const held = new Map<number, HeldReason>();
  for (const { row, text } of changes) {
    const length = text.trim().length;
    if (length === 0 || length > MAX_SEGMENT_TEXT) held.set(row.id, "invalid");
    else if (placeholderProblemIn(row, text)) held.set(row.id, "placeholders");
  }
  const checked = changes
    .filter(({ row }) => !held.has(row.id))
    .map(({ row, text }) => ({ segmentId: row.id, order: row.order, sourceText: row.sourceText, before: row.text, after: text }));
  for (const segmentId of await sentencesWithNewErrors(context, checked)) held.set(segmentId, "checks");
  return held;
}

/** A preview's changes, each marked with the reason the apply would leave it alone, if any. */
export async function markHeld(context: CheckContext, rows: readonly CurrentText[], changes: SentenceChange[]): Promise<SentenceChange[]> {
  const rowOf = new Map(rows.map((row) => [row.id, row]));
  const held = await heldChanges(context, changes.map((change) => ({ row: rowOf.get(change.segmentId)!, text: change.after })));
  return held.size === 0 ? changes : changes.map((change) => (held.has(change.segmentId) ? { ...change, held: held.get(change.segmentId) } : change));
}
