"use client";

import { useActionState } from "react";
import { createAssignmentAction, type AssignmentFormState } from "@/app/documents/[id]/assignments/actions";
import { FieldError, fieldProps } from "@/components/ui/field-error";
import { AssignmentFormMessage, PersonOptions, type Person } from "./assignment-form-message";
import styles from "./assignments.module.css";

/** Assigns sentences ("3-7, 9", or none for the whole document) to an editor or a reviewer, with an optional due date. */
export function AssignmentForm({ documentId, people }: { documentId: number; people: Person[] }) {
  const [state, action, pending] = useActionState<AssignmentFormState, FormData>(createAssignmentAction, { ok: false, message: null });
  const errors = state.fieldErrors;
  const values = state.values ?? {};
  // React clears a form after its action; drawn afresh with what was typed, a refused form keeps it.
  return (
    <form key={state.attempt ?? 0} action={action} className="stack card" aria-label="Assign sentences">
      <AssignmentFormMessage state={state} fields={["assigneeId", "sentences", "dueOn"]} />
      <input type="hidden" name="documentId" value={documentId} />
      <div className={styles.inline}>
        <label>
          Person
          <select name="assigneeId" required defaultValue={values.assigneeId ?? ""} {...fieldProps(errors, "assigneeId", "assign-person-error")}>
            <option value="" disabled>Choose an editor or reviewer</option>
            <PersonOptions people={people} />
          </select>
        </label>
        <label>
          Role
          <select name="role" defaultValue={values.role ?? "edit"}>
            <option value="edit">Edit</option>
            <option value="review">Review</option>
          </select>
        </label>
        <label>
          Sentences (e.g. 3-7, 9; empty for the whole document)
          <input type="text" name="sentences" maxLength={2000} defaultValue={values.sentences} {...fieldProps(errors, "sentences", "assign-sentences-error")} />
        </label>
        <label>
          Due date (optional)
          <input type="date" name="dueOn" defaultValue={values.dueOn} {...fieldProps(errors, "dueOn", "assign-due-error")} />
        </label>
        <button type="submit" disabled={pending}>Assign</button>
      </div>
      <FieldError errors={errors} name="assigneeId" id="assign-person-error" />
      <FieldError errors={errors} name="sentences" id="assign-sentences-error" />
      <FieldError errors={errors} name="dueOn" id="assign-due-error" />
    </form>
  );
}
