"use server";

import { revalidatePath } from "next/cache";
import type { FieldErrors } from "@/lib/errors";
import { createAssignment } from "@/lib/server/assignments/create-assignment";
import { removeAssignment } from "@/lib/server/assignments/remove-assignment";
import { updateAssignment } from "@/lib/server/assignments/update-assignment";
import { runAction } from "@/app/run-action";

export type AssignmentFormState = { ok: boolean; message: string | null; fieldErrors?: FieldErrors };

const text = (form: FormData, name: string) => String(form.get(name) ?? "");

function done(documentId: string, message: string): AssignmentFormState {
  revalidatePath(`/documents/${documentId}/assignments`);
  return { ok: true, message };
}

export async function createAssignmentAction(_previous: AssignmentFormState, form: FormData): Promise<AssignmentFormState> {
  const documentId = text(form, "documentId");
  const outcome = await runAction((actor) =>
    createAssignment({ actor, documentId, assigneeId: text(form, "assigneeId"), role: text(form, "role") as "edit", sentences: text(form, "sentences"), dueOn: text(form, "dueOn") }),
  );
  if (!outcome.ok) return { ok: false, message: outcome.message, fieldErrors: outcome.fieldErrors };
  const { assignee, role, sentences, dueOn } = outcome.value;
  return done(documentId, `Assigned ${sentences} to ${assignee} to ${role}${dueOn ? `, due ${dueOn}` : ""}.`);
}

export async function updateAssignmentAction(_previous: AssignmentFormState, form: FormData): Promise<AssignmentFormState> {
  const documentId = text(form, "documentId");
  const assignmentId = text(form, "assignmentId");
  const outcome = await runAction((actor) =>
    text(form, "intent") === "remove"
      ? removeAssignment({ actor, assignmentId }).then(() => "Removed the assignment.")
      : updateAssignment({ actor, assignmentId, assigneeId: text(form, "assigneeId"), sentences: text(form, "sentences"), dueOn: text(form, "dueOn") }).then(
          ({ assignee, sentences, dueOn }) => `Saved: ${sentences} for ${assignee}${dueOn ? `, due ${dueOn}` : ""}.`,
        ),
  );
  if (!outcome.ok) return { ok: false, message: outcome.message, fieldErrors: outcome.fieldErrors };
  return done(documentId, outcome.value);
}
