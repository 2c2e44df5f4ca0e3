// Each change of an assignment leaves an audit row and a live event (the assignees' "My work" counts follow it).
import type { Tx } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit";
import { EVENT } from "@/lib/server/live/event-types";
import { recordDocumentEvent } from "@/lib/server/live/record-document-event";

export type AssignmentFacts = { assignee: string; assigneeId: string; role: string; sentences: string; dueOn: string | null };

type Change = {
  actorId: string;
  action: "assignment.create" | "assignment.update" | "assignment.remove";
  assignmentId: number;
  documentId: number;
  before?: AssignmentFacts;
  after?: AssignmentFacts;
};

export async function recordAssignmentChange(tx: Tx, { actorId, action, assignmentId, documentId, before, after }: Change) {
  await recordAudit(tx, { actorId, action, entityType: "Assignment", entityId: assignmentId, documentId, before, after });
  const assignedTo = [...new Set([before?.assigneeId, after?.assigneeId].filter((id): id is string => !!id))];
  await recordDocumentEvent(tx, { documentId, type: EVENT.assignmentChange, actorId, payload: { assignedTo } });
}
