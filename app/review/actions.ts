"use server";

import { revalidatePath } from "next/cache";
import { resolveAnnotation } from "@/lib/server/annotations/resolve-annotation";
import type { Actor } from "@/lib/server/auth/permissions";
import { approveProposal } from "@/lib/server/reviews/approve-proposal";
import { bulkApprovalMessage } from "@/lib/server/reviews/bulk-approval-message";
import { bulkApprove } from "@/lib/server/reviews/bulk-approve";
import { editAndApprove } from "@/lib/server/reviews/edit-and-approve";
import { rejectProposal } from "@/lib/server/reviews/reject-proposal";
import type { FieldErrors } from "@/lib/errors";
import { rejectFormSchema } from "@/lib/validations/review-form";
import { runAction } from "@/app/run-action";

const field = (form: FormData, name: string) => String(form.get(name) ?? "");

/**
 * `approvedProposalId`: the proposal an approval made current, which its Undo takes back. `values`: what the reviewer
 * typed, shown again after a refusal; `attempt` counts submissions, so a refused form is drawn afresh with them.
 */
export type ReviewFormState = { ok: boolean; message: string | null; fieldErrors?: FieldErrors; approvedProposalId?: number; values?: Record<string, string>; attempt?: number };

/**
 * Decide through lib/server (which checks the role and the input), refresh the queue; errors become a sentence for the
 * form. React clears a form after its action, so a refused one gets back the fields named in `keep`.
 */
async function decide(
  work: (actor: Actor | null) => Promise<string | { message: string; approvedProposalId: number }>,
  { previous, form, keep = [] }: { previous?: ReviewFormState; form?: FormData; keep?: readonly string[] } = {},
): Promise<ReviewFormState> {
  const attempt = (previous?.attempt ?? 0) + 1;
  const outcome = await runAction(work);
  if (!outcome.ok) {
    const values = form && Object.fromEntries(keep.map((name) => [name, field(form, name)]));
    return { ok: false, message: outcome.message, fieldErrors: outcome.fieldErrors, attempt, ...(values && { values }) };
  }
  revalidatePath("/review");
  return typeof outcome.value === "string" ? { ok: true, message: outcome.value, attempt } : { ok: true, ...outcome.value, attempt };
}

export async function approveAction(_previous: ReviewFormState, form: FormData) {
  return decide(async (actor) => {
    await approveProposal({ actor, proposalId: field(form, "proposalId") });
    return "Approved.";
  });
}

export async function rejectAction(previous: ReviewFormState, form: FormData) {
  return decide(async (actor) => {
    // The form's reason list and details become one reason; the use case validates it again.
    const { proposalId, reason } = rejectFormSchema.parse(Object.fromEntries(form));
    await rejectProposal({ actor, proposalId, reason });
    return "Rejected; the author will see your reason.";
  }, { previous, form, keep: ["reason", "details"] });
}

export async function editAndApproveAction(previous: ReviewFormState, form: FormData) {
  return decide(async (actor) => {
    const proposalId = field(form, "proposalId");
    const approved = await editAndApprove({ actor, proposalId, text: field(form, "text"), checkOverrideReason: field(form, "checkOverrideReason").trim() || undefined });
    return { message: String(approved.proposalId) === proposalId ? "Approved; the text was not changed." : "Your edit was approved.", approvedProposalId: approved.proposalId };
  }, { previous, form, keep: ["text", "checkOverrideReason"] });
}

export async function bulkApproveAction(_previous: ReviewFormState, form: FormData) {
  return decide(async (actor) => {
    const { approved, replaced, alreadyDecided } = await bulkApprove({ actor, proposalIds: form.getAll("proposalId").map(String) });
    return bulkApprovalMessage(approved, alreadyDecided, replaced);
  });
}

export async function resolveAnnotationAction(_previous: ReviewFormState, form: FormData) {
  // The use case's schema refuses any other state.
  const state = String(form.get("state") ?? "") as "resolved" | "dismissed";
  return decide(async (actor) => {
    await resolveAnnotation({ actor, annotationId: field(form, "annotationId"), state, note: field(form, "note") });
    return state === "resolved" ? "Flag resolved." : "Flag dismissed.";
  });
}
