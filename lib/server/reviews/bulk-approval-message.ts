import type { AlreadyDecided } from "./bulk-approve";

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

/** What a reviewer reads after a bulk approval: how many were approved, and which were decided by someone else meanwhile. */
export function bulkApprovalMessage(approved: number, alreadyDecided: readonly AlreadyDecided[], replaced = 0): string {
  const approvedText = approved > 0 ? `Approved ${approved} ${plural(approved, "proposal", "proposals")}.` : "Nothing was approved.";
  const done = replaced > 0 ? `${approvedText} ${replaced} older ${plural(replaced, "proposal", "proposals")} of the same ${plural(replaced, "sentence was", "sentences were")} superseded by the newer one you selected.` : approvedText;
  if (alreadyDecided.length === 0) return done;
  const groups = new Map<string, number>();
  for (const { state, by } of alreadyDecided) {
    const how = state === "superseded" ? "superseded by a newer approval" : by ? `${state} by ${by}` : state;
    groups.set(how, (groups.get(how) ?? 0) + 1);
  }
  const how = [...groups].map(([text, count]) => (alreadyDecided.length === 1 ? text : `${count} ${text}`)).join(", ");
  const count = alreadyDecided.length;
  return `${done} ${count} of your selection ${plural(count, "was", "were")} already decided by someone else and left as ${plural(count, "it is", "they are")} (${how}).`;
}
