import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requirePermission, type Actor } from "@/lib/server/auth/permissions";
import { annotationSelect, toAnnotationView } from "./annotation-view";
import { segmentQuerySchema, type SegmentQuery } from "./segment-query";

/**
 * One page of a document's segments in reading order, after the cursor `after` (a segment order), narrowed by
 * status, annotation category/severity and a text search over the MT and every proposal.
 */
export async function listSegments({ actor, documentId, query }: { actor: Actor | null; documentId: number; query: SegmentQuery }) {
  requirePermission(actor, "document.read");
  if (!Number.isSafeInteger(documentId) || documentId <= 0) throw new AppError("bad_input", "That document id is not valid.");
  const { after, limit, status, category, severity, q } = segmentQuerySchema.parse(query);
  const where: Prisma.SegmentWhereInput = { documentId, order: { gt: after } };
  if (status) where.status = status;
  if (category || severity) where.annotations = { some: { ...(category && { category }), ...(severity && { severity }) } };
  if (q) where.OR = [{ mtText: { contains: q, mode: "insensitive" } }, { proposals: { some: { text: { contains: q, mode: "insensitive" } } } }];
  const rows = await getDb().segment.findMany({
    where,
    orderBy: { order: "asc" },
    take: limit + 1,
    select: {
      id: true,
      order: true,
      blockId: true,
      block: { select: { kind: true } },
      mtText: true,
      status: true,
      version: true,
      currentProposal: { select: { id: true, text: true } },
      annotations: { orderBy: { start: "asc" }, select: annotationSelect },
    },
  });
  const segments = rows.slice(0, limit).map(({ block, annotations, ...segment }) => ({
    ...segment,
    blockKind: block.kind,
    annotations: annotations.map(toAnnotationView),
  }));
  return { segments, nextAfter: rows.length > limit ? segments[segments.length - 1].order : null };
}

export type SegmentPage = Awaited<ReturnType<typeof listSegments>>;
export type SegmentRow = SegmentPage["segments"][number];
