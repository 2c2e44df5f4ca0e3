import { ProgressBar } from "@/components/ui/progress-bar";
import type { AssignmentView } from "@/lib/server/assignments/read-assignments";
import styles from "./assignments.module.css";

/** An assignment's sentences counted like the document list: each once, by status; done is approved or MT confirmed. */
export function AssignmentProgress({ assignment }: { assignment: AssignmentView }) {
  const { total, approved, confirmed, proposed, rejected } = assignment;
  return <ProgressBar total={total} approved={approved} confirmed={confirmed} proposed={proposed} rejected={rejected} />;
}

export function DueDate({ assignment }: { assignment: Pick<AssignmentView, "dueOn" | "overdue"> }) {
  if (!assignment.dueOn) return <span className="muted">no due date</span>;
  return assignment.overdue ? <strong className={styles.overdue}>{assignment.dueOn} (overdue)</strong> : <time dateTime={assignment.dueOn}>{assignment.dueOn}</time>;
}

export const ROLE_LABEL = { edit: "Edit", review: "Review" } as const;
