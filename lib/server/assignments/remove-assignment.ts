import "server-only";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { removeAssignmentSchema } from "@/lib/validations/assignment";
import { lockAssignment } from "./load-assignment";
import { recordAssignmentChange } from "./record-assignment-change";

/** Removes an assignment; the work done on its sentences stays as it is. */
export const removeAssignment = defineUseCase(
  { name: "removeAssignment", permission: "assignment.manage", input: removeAssignmentSchema },
  async ({ actor, input: { assignmentId }, db: tx }) => {
    const current = await lockAssignment(tx, assignmentId);
    await tx.assignment.delete({ where: { id: assignmentId }, select: { id: true } });
    await recordAssignmentChange(tx, { actorId: actor.id, action: "assignment.remove", assignmentId, documentId: current.documentId, before: current.facts });
    return { id: assignmentId };
  },
);
