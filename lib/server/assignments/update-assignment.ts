import "server-only";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { updateAssignmentSchema } from "@/lib/validations/assignment";
import { lockAssignment } from "./load-assignment";
import { assertFree, checkAssignee, dayText, describeSentences, segmentsIn } from "./place-assignment";
import { recordAssignmentChange } from "./record-assignment-change";

/** Changes who holds an assignment, its sentences or its due date; its role stays (remove it and assign anew for another). */
export const updateAssignment = defineUseCase(
  { name: "updateAssignment", permission: "assignment.manage", input: updateAssignmentSchema },
  async ({ actor, input: { assignmentId, assigneeId, sentences, dueOn }, db: tx }) => {
    const current = await lockAssignment(tx, assignmentId);
    const assignee = await checkAssignee(tx, assigneeId, current.role);
    const segments = await segmentsIn(tx, current.documentId, sentences);
    await assertFree(tx, segments.map((segment) => segment.id), current.role, assignmentId);
    const wholeDocument = sentences === null;
    await tx.assignment.update({ where: { id: assignmentId }, data: { assigneeId, wholeDocument, dueOn }, select: { id: true } });
    await tx.assignedSegment.deleteMany({ where: { assignmentId } });
    await tx.assignedSegment.createMany({ data: segments.map((segment) => ({ assignmentId, segmentId: segment.id, role: current.role })) });
    const facts = { assignee: assignee.name, assigneeId, role: current.role, sentences: describeSentences(wholeDocument, segments.map((segment) => segment.order)), dueOn: dayText(dueOn) };
    await recordAssignmentChange(tx, { actorId: actor.id, action: "assignment.update", assignmentId, documentId: current.documentId, before: current.facts, after: facts });
    return { id: assignmentId, ...facts };
  },
);
