import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { AssignmentRole } from "@/lib/generated/prisma/enums";
import { dropAssignment } from "./remove-assignment";

/** Removes a person's assignments in these roles, each recorded in its document's activity; documents are locked in id order. */
export async function releaseAssignments(tx: Tx, actorId: string, assigneeId: string, roles: readonly AssignmentRole[]): Promise<number> {
  if (roles.length === 0) return 0;
  const held = await tx.assignment.findMany({ where: { assigneeId, role: { in: [...roles] } }, orderBy: [{ documentId: "asc" }, { id: "asc" }], select: { id: true } });
  let released = 0;
  for (const { id } of held) {
    try {
      await dropAssignment(tx, actorId, id);
      released += 1;
    } catch (error) {
      // Another admin removed it meanwhile: it is released all the same.
      if (!(error instanceof AppError && error.code === "not_found")) throw error;
    }
  }
  return released;
}
