import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

const PAGE = 2_000;

/** Restoring a backup is an event of the installation that restores it, not of the document's history. */
export const RESTORE_ACTION = "document.restore";

export type AuditRow = {
  id: bigint;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  segmentId: number | null;
  before: Prisma.JsonValue | null;
  after: Prisma.JsonValue | null;
  createdAt: Date;
};

/** The document's audit events in time order, a page at a time, without the event of its own restore. */
export async function readBackupAudit(tx: Tx, documentId: number): Promise<AuditRow[]> {
  const events: AuditRow[] = [];
  for (let cursor: bigint | null = null; ; ) {
    const page: AuditRow[] = await tx.auditEvent.findMany({
      where: { documentId, action: { not: RESTORE_ACTION } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: PAGE,
      ...(cursor === null ? {} : { cursor: { id: cursor }, skip: 1 }),
      select: { id: true, actorId: true, action: true, entityType: true, entityId: true, segmentId: true, before: true, after: true, createdAt: true },
    });
    for (const event of page) events.push(event);
    if (page.length < PAGE) return events;
    cursor = page[page.length - 1].id;
  }
}
