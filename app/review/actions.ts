"use server";

import { revalidatePath } from "next/cache";
import { userMessage } from "@/lib/errors";
import type { Actor } from "@/lib/server/auth/permissions";
import { resolveAnnotation } from "@/lib/server/annotations/change-annotation";
import { approveProposal, bulkApprove } from "@/lib/server/reviews/approve-proposal";
import { editAndApprove } from "@/lib/server/reviews/edit-and-approve";
import { rejectProposal } from "@/lib/server/reviews/reject-proposal";
import { bulkFormSchema, editFormSchema, proposalIdFormSchema, rejectFormSchema, resolveFormSchema } from "@/lib/validations/review-form";
import { currentActor } from "@/app/session";

export type ReviewFormState = { ok: boolean; message: string | null };

type Parsed<T> = { success: true; data: T } | { success: false; error: { issues: { message: string }[] } };

/** Parse, decide through lib/server (which checks the role again), refresh the queue; errors become a sentence for the form. */
async function decide<T>(parsed: Parsed<T>, work: (actor: Actor | null, data: T) => Promise<string>): Promise<ReviewFormState> {
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "The form is not valid." };
  try {
    const message = await work(await currentActor(), parsed.data);
    revalidatePath("/review");
    return { ok: true, message };
  } catch (error) {
    return { ok: false, message: userMessage(error) };
  }
}

const fields = (form: FormData) => Object.fromEntries(form.entries());

export async function approveAction(_previous: ReviewFormState, form: FormData) {
  return decide(proposalIdFormSchema.safeParse(fields(form)), async (actor, { proposalId }) => {
    await approveProposal({ actor, proposalId });
    return "Approved.";
  });
}

export async function rejectAction(_previous: ReviewFormState, form: FormData) {
  return decide(rejectFormSchema.safeParse(fields(form)), async (actor, { proposalId, reason }) => {
    await rejectProposal({ actor, proposalId, reason });
    return "Rejected; the author will see your reason.";
  });
}

export async function editAndApproveAction(_previous: ReviewFormState, form: FormData) {
  return decide(editFormSchema.safeParse(fields(form)), async (actor, { proposalId, text }) => {
    await editAndApprove({ actor, proposalId, text });
    return "Your edit was approved.";
  });
}

export async function bulkApproveAction(_previous: ReviewFormState, form: FormData) {
  return decide(bulkFormSchema.safeParse({ proposalIds: form.getAll("proposalId") }), async (actor, { proposalIds }) => {
    const { approved } = await bulkApprove({ actor, proposalIds });
    return `Approved ${approved} proposal${approved === 1 ? "" : "s"}.`;
  });
}

export async function resolveAnnotationAction(_previous: ReviewFormState, form: FormData) {
  return decide(resolveFormSchema.safeParse(fields(form)), async (actor, { annotationId, state, note }) => {
    await resolveAnnotation({ actor, annotationId, state, note });
    return state === "resolved" ? "Flag resolved." : "Flag dismissed.";
  });
}
