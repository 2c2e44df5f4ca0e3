import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { idSchema, pageSchema, textSchema, userIdSchema } from "@/lib/validations/common";

export const ACTIVITY_PAGE_SIZE = 50;

export const activityFilterSchema = z.object({
  actorId: userIdSchema.optional().catch(undefined),
  action: textSchema().trim().min(1).max(100).optional().catch(undefined),
  page: pageSchema,
});
export type ActivityFilter = z.input<typeof activityFilterSchema>;

/** A document's audit events, newest first; null when there is no such document. */
export const listDocumentActivity = defineUseCase(
  { name: "listDocumentActivity", permission: "audit.read", input: z.object({ documentId: idSchema("document"), filter: activityFilterSchema.default({ page: 1 }) }), mode: "read" },
  async ({ input: { documentId, filter }, db }) => {
    const document = await db.document.findUnique({ where: { id: documentId }, select: { id: true, title: true } });
    if (!document) return null;
    const where: Prisma.AuditEventWhereInput = {
      documentId,
      ...(filter.actorId ? { actorId: filter.actorId } : {}),
      ...(filter.action ? { action: filter.action } : {}),
    };
    const readPage = (page: number) =>
      db.auditEvent.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        skip: (page - 1) * ACTIVITY_PAGE_SIZE,
        take: ACTIVITY_PAGE_SIZE,
        include: { actor: { select: { name: true, email: true } } },
      });
    const [total, requested] = await Promise.all([db.auditEvent.count({ where }), readPage(filter.page)]);
    const pageCount = Math.max(1, Math.ceil(total / ACTIVITY_PAGE_SIZE));
    // A page past the end (an old link, a shorter filtered list) shows the last page instead, as the report does.
    const page = Math.min(filter.page, pageCount);
    const rows = page === filter.page ? requested : await readPage(page);
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
    return { document, events, total, page, pageCount, filter: { ...filter, page } };
  },
);

export type DocumentActivity = NonNullable<Awaited<ReturnType<typeof listDocumentActivity>>>;
export type ActivityEvent = DocumentActivity["events"][number];
