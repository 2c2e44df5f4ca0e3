"use server";

import { revalidatePath } from "next/cache";
import type { FieldErrors } from "@/lib/errors";
import { createAssignment } from "@/lib/server/assignments/create-assignment";
import { removeAssignment } from "@/lib/server/assignments/remove-assignment";
import { updateAssignment } from "@/lib/server/assignments/update-assignment";
import { runAction } from "@/app/run-action";

/** `values`: what was typed, shown again after a refusal; `attempt` counts submissions, so the form is drawn afresh each time. */
export type AssignmentFormState = { ok: boolean; message: string | null; fieldErrors?: FieldErrors; values?: Record<string, string>; attempt?: number };

const text = (form: FormData, name: string) => String(form.get(name) ?? "");

function done(documentId: string, message: string): AssignmentFormState {
  revalidatePath(`/documents/${documentId}/assignments`);
  return { ok: true, message };
}

export async function createAssignmentAction(previous: AssignmentFormState, form: FormData): Promise<AssignmentFormState> {
  const documentId = text(form, "documentId");
  const attempt = (previous.attempt ?? 0) + 1;
  const outcome = await runAction((actor) =>
    createAssignment({ actor, documentId, assigneeId: text(form, "assigneeId"), role: text(form, "role") as "edit", sentences: text(form, "sentences"), dueOn: text(form, "dueOn") }),
  );
  if (!outcome.ok) {
    const values = Object.fromEntries(["assigneeId", "role", "sentences", "dueOn"].map((name) => [name, text(form, name)]));
    return { ok: false, message: outcome.message, fieldErrors: outcome.fieldErrors, values, attempt };
  }
  const { assignee, role, sentences, dueOn } = outcome.value;
  return { ...done(documentId, `Assigned ${sentences} to ${assignee} to ${role}${dueOn ? `, due ${dueOn}` : ""}.`), attempt };
}

export async function updateAssignmentAction(previous: AssignmentFormState, form: FormData): Promise<AssignmentFormState> {
  const documentId = text(form, "documentId");
  const assignmentId = text(form, "assignmentId");
  const attempt = (previous.attempt ?? 0) + 1;
  const outcome = await runAction((actor) =>
    text(form, "intent") === "remove"
      ? removeAssignment({ actor, assignmentId }).then(() => "Removed the assignment.")
      : updateAssignment({ actor, assignmentId, assigneeId: text(form, "assigneeId"), sentences: text(form, "sentences"), dueOn: text(form, "dueOn") }).then(
          ({ assignee, sentences, dueOn }) => `Saved: ${sentences} for ${assignee}${dueOn ? `, due ${dueOn}` : ""}.`,
        ),
  );
  if (!outcome.ok) {
    const values = Object.fromEntries(["assigneeId", "sentences", "dueOn"].map((name) => [name, text(form, name)]));
    return { ok: false, message: outcome.message, fieldErrors: outcome.fieldErrors, values, attempt };
  }
  return { ...done(documentId, outcome.value), attempt };
}
