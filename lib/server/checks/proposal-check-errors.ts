// Errors block a proposal: the checks of severity error run on the proposed text before it is saved.
import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { BLOCK_CHECKS, type SegmentFinding } from "./block-findings";
import { assertPlaceholders } from "@/lib/server/proposals/check-placeholders";
import { findingsOnText } from "./segment-findings";

export const ERROR_CHECKS = BLOCK_CHECKS.filter((check) => check.severity === "error");

export type CheckError = Pick<SegmentFinding, "check" | "severity" | "start" | "end" | "text" | "message" | "category">;
/** Stored on a proposal submitted over the checks' errors, and in its audit event. */
export type CheckOverride = { reason: string; findings: Pick<CheckError, "check" | "text" | "message">[] };

/**
 * The error findings on a proposed text, less those an editor dismissed on the MT (same check, same words): a dismissed
 * false alarm does not come back to block the correction that keeps those words.
 */
export async function checkErrorsIn(db: Tx, segmentId: number, text: string, documentId?: number): Promise<CheckError[]> {
  const { findings: all, stored, ...segment } = await findingsOnText(db, segmentId, text, ERROR_CHECKS);
  // A check of severity error may report a milder hit (a stray direction mark beside an override): it does not block.
  const findings = all.filter((f) => f.severity === "error");
  // Another document's sentence is not checked for a caller who named this one: it is not found.
  if (documentId !== undefined && segment.documentId !== documentId) throw new AppError("not_found", "That segment does not exist (any more). Reload the document.");
  // The placeholders first: a broken inline code is never overridable, unlike the checks' errors.
  assertPlaceholders(stored, text);
  if (findings.length === 0) return [];
  const dismissed = await db.findingDismissal.findMany({ where: { segmentId }, select: { check: true, start: true, end: true, segment: { select: { mtText: true } } } });
  const waived = new Set(dismissed.map((d) => `${d.check}\u0000${d.segment.mtText.slice(d.start, d.end)}`));
  return findings
    .filter((f) => !waived.has(`${f.check}\u0000${f.text}`))
    .map(({ check, severity, start, end, text: words, message, category }) => ({ check, severity, start, end, text: words, message, category }));
}

/** Refuses the proposal unless a reason is given; with one, what to store beside it. */
export function overrideOrRefuse(errors: CheckError[], reason: string | undefined, doing: "submit" | "approve" = "submit"): CheckOverride | null {
  if (errors.length === 0) return null;
  if (reason) return { reason, findings: errors.map(({ check, text, message }) => ({ check, text, message })) };
  const named = errors.map((e) => `${e.check} on “${e.text}”: ${e.message}`).join(" ");
  const what = doing === "submit" ? "your proposal" : "your edit";
  const message = `The checks report ${errors.length === 1 ? "an error" : `${errors.length} errors`} in ${what}. ${named} Fix ${errors.length === 1 ? "it" : "them"}, or ${doing} anyway with a reason.`;
  const field = reason === undefined ? "text" : "checkOverrideReason";
  const fieldMessage = reason === undefined ? message : `Say why you ${doing} ${doing === "submit" ? "the proposal" : "the edit"} although the checks report an error.`;
  throw new AppError("bad_input", reason === undefined ? message : fieldMessage, { checkErrors: errors }, { [field]: [fieldMessage] });
}
