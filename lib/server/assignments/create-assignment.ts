import "server-only";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { createAssignmentSchema } from "@/lib/validations/assignment";
import { assertFree, checkAssignee, dayText, describeSentences, lockDocument, segmentsIn } from "./place-assignment";
import { recordAssignmentChange } from "./record-assignment-change";

/** Assigns a document, or some of its sentences, to a person to edit or to review, with an optional due date. */
export const createAssignment = defineUseCase(
  { name: "createAssignment", permission: "assignment.manage", input: createAssignmentSchema },
  async ({ actor, input: { documentId, assigneeId, role, sentences, dueOn }, db: tx }) => {
    await lockDocument(tx, documentId);
    const assignee = await checkAssignee(tx, assigneeId, role);
    const segments = await segmentsIn(tx, documentId, sentences);
    await assertFree(tx, segments.map((segment) => segment.id), role, null);
    const wholeDocument = sentences === null;
    const assignment = await tx.assignment.create({ data: { documentId, assigneeId, role, wholeDocument, dueOn, createdById: actor.id }, select: { id: true } });
    await tx.assignedSegment.createMany({ data: segments.map((segment) => ({ assignmentId: assignment.id, segmentId: segment.id, role })) });
    const facts = { assignee: assignee.name, assigneeId, role, sentences: describeSentences(wholeDocument, segments.map((segment) => segment.order)), dueOn: dayText(dueOn) };
    await recordAssignmentChange(tx, { actorId: actor.id, action: "assignment.create", assignmentId: assignment.id, documentId, after: facts });
    return { id: assignment.id, ...facts };
  },
);
