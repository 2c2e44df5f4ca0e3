import "server-only";
import type { Tx } from "@/lib/db";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { removeAssignmentSchema } from "@/lib/validations/assignment";
import { lockAssignment } from "./load-assignment";
import { recordAssignmentChange } from "./record-assignment-change";

/** Removes an assignment; the work done on its sentences stays as it is. */
export const removeAssignment = defineUseCase(
  { name: "removeAssignment", permission: "assignment.manage", input: removeAssignmentSchema },
  async ({ actor, input: { assignmentId }, db: tx }) => {
    await dropAssignment(tx, actor.id, assignmentId);
    return { id: assignmentId };
  },
);

/** Deletes one assignment under its document's lock and records it in the document's activity. */
export async function dropAssignment(tx: Tx, actorId: string, assignmentId: number): Promise<void> {
  const current = await lockAssignment(tx, assignmentId);
  await tx.assignment.delete({ where: { id: assignmentId }, select: { id: true } });
  await recordAssignmentChange(tx, { actorId, action: "assignment.remove", assignmentId, documentId: current.documentId, before: current.facts });
}
