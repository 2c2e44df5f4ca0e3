import type { AssignmentView } from "@/lib/server/assignments/read-assignments";
import { AssignmentProgress, DueDate, ROLE_LABEL } from "./assignment-progress";

/** The report's progress per assignee: one row per assignment, so a person with an edit and a review assignment has two. */
export function AssigneeTable({ assignments }: { assignments: AssignmentView[] }) {
  if (assignments.length === 0) return <p className="muted">Nobody is assigned sentences of this document.</p>;
  return (
    <table className="list" aria-label="Progress per assignee">
      <thead>
        <tr>
          <th scope="col">Person</th>
          <th scope="col">Role</th>
          <th scope="col">Sentences</th>
          <th scope="col">Due</th>
          <th scope="col">Progress</th>
        </tr>
      </thead>
      <tbody>
        {assignments.map((assignment) => (
          <tr key={assignment.id}>
            <th scope="row">{assignment.name}</th>
            <td>{ROLE_LABEL[assignment.role]}</td>
            <td>{assignment.sentences}</td>
            <td><DueDate assignment={assignment} /></td>
            <td><AssignmentProgress assignment={assignment} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
