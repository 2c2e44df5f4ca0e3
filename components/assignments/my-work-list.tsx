import Link from "next/link";
import type { AssignmentView } from "@/lib/server/assignments/read-assignments";
import { AssignmentProgress, DueDate, ROLE_LABEL } from "./assignment-progress";
import styles from "./assignments.module.css";

/** One row per assignment, linking into the document with only its sentences shown (and, to review, the queue for them). */
export function MyWorkList({ assignments }: { assignments: AssignmentView[] }) {
  if (assignments.length === 0) return <p className="card">Nothing is assigned to you.</p>;
  return (
    <table className={`list ${styles.table}`} aria-label="Assigned to me">
      <thead>
        <tr>
          <th scope="col">Document</th>
          <th scope="col">Role</th>
          <th scope="col">Sentences</th>
          <th scope="col">Due</th>
          <th scope="col">Progress</th>
        </tr>
      </thead>
      <tbody>
        {assignments.map((assignment) => (
          <tr key={assignment.id}>
            <th scope="row">
              <Link href={`/documents/${assignment.documentId}?assignment=${assignment.id}`}>{assignment.title}</Link>
              {assignment.role === "review" && (
                <>
                  {" · "}
                  <Link href={`/review?document=${assignment.documentId}&assigned=me`}>Review queue</Link>
                </>
              )}
            </th>
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
