// Assignments in a backup: each names its person by email and its sentences by segment order, like the rest of the file.
import type { Tx } from "@/lib/db";
import type { Backup } from "./backup-schema";

export type AssignmentRow = {
  id: number; assigneeId: string; role: "edit" | "review"; wholeDocument: boolean; dueOn: Date | null;
  createdById: string | null; createdAt: Date; updatedAt: Date; segments: { segmentId: number }[];
};

export function readBackupAssignments(tx: Tx, documentId: number): Promise<AssignmentRow[]> {
  return tx.assignment.findMany({
    where: { documentId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, assigneeId: true, role: true, wholeDocument: true, dueOn: true, createdById: true, createdAt: true, updatedAt: true, segments: { select: { segmentId: true } } },
  });
}

export function toBackupAssignments(rows: AssignmentRow[], segmentOrder: Map<number, number>, email: (userId: string) => string): Backup["assignments"] {
  return rows.map((row, i) => ({
    ref: i + 1,
    assignee: email(row.assigneeId),
    role: row.role,
    wholeDocument: row.wholeDocument,
    dueOn: row.dueOn ? row.dueOn.toISOString().slice(0, 10) : null,
    segments: row.segments.map(({ segmentId }) => segmentOrder.get(segmentId)!).sort((a, b) => a - b),
    createdBy: row.createdById === null ? null : email(row.createdById),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }));
}

/** Checks what the schema cannot: the sentences exist, and no sentence has two people in one role. Returns a reason or null. */
export function assignmentProblem({ assignments, segments }: Backup, hasPerson: (email: string) => boolean): string | null {
  const orders = new Set(segments.map((segment) => segment.order));
  const held = new Set<string>();
  const refs = new Set<number>();
  for (const assignment of assignments) {
    if (refs.has(assignment.ref)) return "two assignments have the same key.";
    refs.add(assignment.ref);
    for (const email of [assignment.assignee, assignment.createdBy]) if (email !== null && !hasPerson(email)) return `assignment ${assignment.ref} names ${email}, who is not in "users".`;
    for (const order of assignment.segments) {
      if (!orders.has(order)) return `assignment ${assignment.ref} names segment ${order}, which is not in the file.`;
      if (held.has(`${order} ${assignment.role}`)) return `segment ${order} is assigned twice to ${assignment.role}.`;
      held.add(`${order} ${assignment.role}`);
    }
  }
  return null;
}

/** Restores the assignments in file order; returns ref -> new id, for the audit log's references. */
export async function restoreAssignments(tx: Tx, backup: Backup, documentId: number, userId: (email: string) => string, segmentId: (order: number) => number) {
  const ids = new Map<number, number>();
  for (const assignment of backup.assignments) {
    const { id } = await tx.assignment.create({
      data: {
        documentId,
        assigneeId: userId(assignment.assignee),
        role: assignment.role,
        wholeDocument: assignment.wholeDocument,
        dueOn: assignment.dueOn === null ? null : new Date(`${assignment.dueOn}T00:00:00Z`),
        createdById: assignment.createdBy === null ? null : userId(assignment.createdBy),
        createdAt: assignment.createdAt,
        updatedAt: assignment.updatedAt,
      },
      select: { id: true },
    });
    await tx.assignedSegment.createMany({ data: assignment.segments.map((order) => ({ assignmentId: id, segmentId: segmentId(order), role: assignment.role })) });
    ids.set(assignment.ref, id);
  }
  return ids;
}
