import type { ApplyOutcome, SkipReason } from "@/lib/server/propagation/apply-to-sentences";

const WHY: Record<SkipReason, string> = {
  changed: "changed meanwhile (someone saved it since the preview)",
  unchanged: "no longer has the text to change",
  missing: "is no longer in the document",
  invalid: "would be empty or too long",
  placeholders: "would lose or break an inline code (a placeholder such as ⟦1⟧)",
  checks: "would bring in an error the checks report (propose it on its own to give a reason)",
};

const sentences = (count: number) => `${count.toLocaleString("en")} sentence${count === 1 ? "" : "s"}`;
const MAX_NAMED = 10;

/** What an apply did, in one sentence the editor can act on: how many were proposed, and which were left alone and why. */
export function applyMessage({ applied, skipped }: ApplyOutcome): string {
  const done = applied.length > 0 ? `Proposed for ${sentences(applied.length)}; a reviewer approves them as usual.` : "Nothing was proposed.";
  if (skipped.length === 0) return done;
  const byReason = new Map<SkipReason, (number | null)[]>();
  for (const skip of skipped) byReason.set(skip.reason, [...(byReason.get(skip.reason) ?? []), skip.order]);
  const parts = [...byReason].map(([reason, orders]) => {
    const named = orders.filter((order) => order !== null).slice(0, MAX_NAMED).join(", ");
    const more = orders.length > MAX_NAMED ? ` and ${orders.length - MAX_NAMED} more` : "";
    return `${orders.length === 1 ? "sentence" : "sentences"} ${named || "?"}${more} ${WHY[reason]}`;
  });
  return `${done} Left as they are: ${parts.join("; ")}.`;
}
