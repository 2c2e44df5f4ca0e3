"use client";

import { useActionState } from "react";
import { updateAssignmentAction, type AssignmentFormState } from "@/app/documents/[id]/assignments/actions";
import { mayTake } from "@/lib/assignments/role-needs";
import type { AssignmentView } from "@/lib/server/assignments/read-assignments";
import { AssignmentFormMessage, PersonOptions, type Person } from "./assignment-form-message";
import { AssignmentProgress, DueDate, ROLE_LABEL } from "./assignment-progress";
import styles from "./assignments.module.css";

/** One assignment with its progress, and a form to change its person, sentences or due date, or to remove it. */
export function AssignmentRow({ assignment, people }: { assignment: AssignmentView; people: Person[] }) {
  const [state, action, pending] = useActionState<AssignmentFormState, FormData>(updateAssignmentAction, { ok: false, message: null });
  const label = `${ROLE_LABEL[assignment.role]}: ${assignment.name}, sentences ${assignment.sentences}`;
  // React clears a form after its action; drawn afresh with what was typed, a refused change keeps it. A change by
  // anyone draws it afresh with the assignment as it now is, and the outcome of this row's last save stays shown.
  const values = state.values ?? {};
  const drawn = `${state.attempt ?? 0}:${assignment.assigneeId}:${assignment.sentences}:${assignment.dueOn}`;
  return (
    <form key={drawn} action={action} className="stack card" aria-label={label}>
      <AssignmentFormMessage state={state} />
      <input type="hidden" name="documentId" value={assignment.documentId} />
      <input type="hidden" name="assignmentId" value={assignment.id} />
      <p>
        <strong>{ROLE_LABEL[assignment.role]}</strong> · {assignment.name} · sentences {assignment.sentences} · due <DueDate assignment={assignment} />
      </p>
      <AssignmentProgress assignment={assignment} />
      <div className={styles.inline}>
        <label>
          Person
          <select name="assigneeId" defaultValue={values.assigneeId ?? assignment.assigneeId}>
            <PersonOptions people={withAssignee(mayTake(people, assignment.role), assignment)} />
          </select>
        </label>
        <label>
          Sentences (empty for the whole document)
          <input type="text" name="sentences" maxLength={2000} defaultValue={values.sentences ?? (assignment.wholeDocument ? "" : assignment.sentences.replaceAll("–", "-"))} />
        </label>
        <label>
          Due date
          <input type="date" name="dueOn" defaultValue={values.dueOn ?? assignment.dueOn ?? ""} />
        </label>
        <button type="submit" name="intent" value="update" className="secondary" disabled={pending}>Save changes</button>
        <button type="submit" name="intent" value="remove" className="secondary" disabled={pending}>Remove</button>
      </div>
    </form>
  );
}

/** The person who holds the assignment stays in the list, whatever their roles now. */
function withAssignee(people: Person[], assignment: AssignmentView): Person[] {
  return people.some((person) => person.id === assignment.assigneeId) ? people : [{ id: assignment.assigneeId, name: assignment.name, email: assignment.email, roles: [] }, ...people];
}
