import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { isCommandLineActor } from "@/lib/server/auth/command-line-actor";

export type AuditInput = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | number;
  documentId?: number | null;
  segmentId?: number | null;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

/** Appends to the audit log inside the caller's transaction, so an event exists exactly when its change does. */
export async function recordAudit(tx: Tx, event: AuditInput) {
  // createMany: an INSERT that returns nothing, where create would send the whole row back.
  const actorId = isCommandLineActor(event.actorId) ? null : event.actorId;
  await tx.auditEvent.createMany({ data: [{ ...event, actorId, entityId: String(event.entityId) }] });
}
