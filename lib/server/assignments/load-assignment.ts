import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { describeSentences, dayText, lockDocument } from "./place-assignment";
import type { AssignmentFacts } from "./record-assignment-change";

const gone = () => new AppError("not_found", "That assignment does not exist (any more); someone may have removed it. Reload the page.");

/** Finds the assignment, takes its document's lock, then reads it again: a removal that committed meanwhile is seen. */
export async function lockAssignment(tx: Tx, assignmentId: number) {
  const found = await tx.assignment.findUnique({ where: { id: assignmentId }, select: { documentId: true } });
  if (!found) throw gone();
  await lockDocument(tx, found.documentId);
  const assignment = await tx.assignment.findUnique({
    where: { id: assignmentId },
    select: { id: true, documentId: true, role: true, wholeDocument: true, dueOn: true, assignee: { select: { id: true, name: true } }, segments: { select: { segment: { select: { order: true } } } } },
  });
  if (!assignment) throw gone();
  const orders = assignment.segments.map(({ segment }) => segment.order);
  const facts: AssignmentFacts = { assignee: assignment.assignee.name, assigneeId: assignment.assignee.id, role: assignment.role, sentences: describeSentences(assignment.wholeDocument, orders), dueOn: dayText(assignment.dueOn) };
  return { ...assignment, facts };
}
