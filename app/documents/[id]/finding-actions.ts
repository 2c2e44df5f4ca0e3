"use server";

import { acceptFinding } from "@/lib/server/checks/accept-finding";
import { dismissFinding } from "@/lib/server/checks/dismiss-finding";
import { restoreFinding } from "@/lib/server/checks/restore-finding";
import { runAction } from "@/app/run-action";

// Thin adapters for the panel's findings: keep one as a flag, dismiss it, or restore a dismissed one.
export type FindingRef = { documentId: number; segmentId: number; check: string; start: number; end: number };
export type FindingResult = { ok: true } | { ok: false; message: string };

export async function acceptFindingAction(finding: FindingRef): Promise<FindingResult> {
  const outcome = await runAction((actor) => acceptFinding({ actor, ...finding }));
  return outcome.ok ? { ok: true } : { ok: false, message: outcome.message };
}

export async function dismissFindingAction(finding: FindingRef & { reason?: string }): Promise<FindingResult> {
  const outcome = await runAction((actor) => dismissFinding({ actor, ...finding }));
  return outcome.ok ? { ok: true } : { ok: false, message: outcome.message };
}

export async function restoreFindingAction(finding: FindingRef): Promise<FindingResult> {
  const outcome = await runAction((actor) => restoreFinding({ actor, ...finding }));
  return outcome.ok ? { ok: true } : { ok: false, message: outcome.message };
}
