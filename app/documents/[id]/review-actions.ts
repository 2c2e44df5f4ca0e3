"use server";

import { confirmMt } from "@/lib/server/proposals/confirm-mt";
import { approveProposal } from "@/lib/server/reviews/approve-proposal";
import { editAndApprove } from "@/lib/server/reviews/edit-and-approve";
import { rejectProposal } from "@/lib/server/reviews/reject-proposal";
import { reopenSegment } from "@/lib/server/reviews/reopen-segment";
import { undoApproval } from "@/lib/server/reviews/undo-approval";
import { rejectFormSchema } from "@/lib/validations/review-form";
import { runAction } from "@/app/run-action";

// Review in context and "the MT is right": thin adapters from the document's panel to the same use cases as the queue.
export type PanelResult = { ok: true; proposalId?: number } | { ok: false; message: string };

async function run(work: Parameters<typeof runAction<{ proposalId?: number }>>[0]): Promise<PanelResult> {
  const outcome = await runAction(work);
  return outcome.ok ? { ok: true, ...outcome.value } : { ok: false, message: outcome.message };
}

export async function confirmMtAction(segmentId: number, expectedVersion: number) {
  return run(async (actor) => ({ proposalId: (await confirmMt({ actor, segmentId, expectedVersion })).proposalId }));
}

export async function approveInContextAction(proposalId: number, resolveFlags: boolean) {
  return run(async (actor) => (await approveProposal({ actor, proposalId, resolveFlags }), { proposalId }));
}

export async function editAndApproveInContextAction(proposalId: number, text: string, resolveFlags: boolean, checkOverrideReason?: string) {
  return run(async (actor) => ({ proposalId: (await editAndApprove({ actor, proposalId, text, resolveFlags, checkOverrideReason })).proposalId }));
}

export async function rejectInContextAction(form: { proposalId: number; reason: string; details: string }) {
  return run(async (actor) => {
    // The use case validates the reason again; the form's own refusal ("Other" without details) says what is missing.
    const { proposalId, reason } = rejectFormSchema.parse(form);
    await rejectProposal({ actor, proposalId, reason });
    return {};
  });
}

export async function undoApprovalAction(proposalId: number) {
  return run(async (actor) => (await undoApproval({ actor, proposalId }), {}));
}

export async function reopenSegmentAction(segmentId: number) {
  return run(async (actor) => (await reopenSegment({ actor, segmentId }), {}));
}
