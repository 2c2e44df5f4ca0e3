import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requirePermission, type Actor } from "@/lib/server/auth/permissions";

export const ACTIVITY_PAGE_SIZE = 50;

export type ActivityFilter = { actorId?: string; action?: string; page?: number };

/** A document's audit events, newest first; null when there is no such document. */
export async function listDocumentActivity({ actor, documentId, filter = {} }: { actor: Actor | null; documentId: number; filter?: ActivityFilter }) {
  requirePermission(actor, "audit.read");
  if (!Number.isSafeInteger(documentId) || documentId <= 0) return null;
  const db = getDb();
  const document = await db.document.findUnique({ where: { id: documentId }, select: { id: true, title: true } });
  if (!document) return null;
  const page = Math.max(1, Math.floor(filter.page ?? 1));
  const where: Prisma.AuditEventWhereInput = {
    documentId,
    ...(filter.actorId ? { actorId: filter.actorId } : {}),
    ...(filter.action ? { action: filter.action } : {}),
  };
  const [total, rows] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * ACTIVITY_PAGE_SIZE,
      take: ACTIVITY_PAGE_SIZE,
      include: { actor: { select: { name: true, email: true } } },
    }),
  ]);
  const segmentIds = [...new Set(rows.map((row) => row.segmentId).filter((id): id is number => id !== null))];
  const segments = segmentIds.length ? await db.segment.findMany({ where: { id: { in: segmentIds } }, select: { id: true, order: true } }) : [];
  const orderOf = new Map(segments.map((segment) => [segment.id, segment.order]));
  const events = rows.map((row) => ({
    id: row.id.toString(),
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    actor: row.actor,
    segmentId: row.segmentId,
    segmentOrder: row.segmentId === null ? null : (orderOf.get(row.segmentId) ?? null),
    before: row.before,
    after: row.after,
    createdAt: row.createdAt,
  }));
  return { document, events, total, page, pageCount: Math.max(1, Math.ceil(total / ACTIVITY_PAGE_SIZE)) };
}

export type DocumentActivity = NonNullable<Awaited<ReturnType<typeof listDocumentActivity>>>;
export type ActivityEvent = DocumentActivity["events"][number];
