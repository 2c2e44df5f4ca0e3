import { z } from "zod";
import { AppError } from "@/lib/errors";
import { likeLiteral } from "@/lib/database/like-literal";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { idSchema } from "@/lib/validations/common";
import { annotationSelect, toAnnotationView } from "./annotation-view";
import { segmentQuerySchema } from "./segment-query";

/**
 * One page of a document's segments in reading order, after the cursor `after` (a segment order), narrowed by
 * status, annotation category/severity and a text search over the MT and every proposal.
 */
export const listSegments = defineUseCase(
  { name: "listSegments", permission: "document.read", input: z.object({ documentId: idSchema("document"), query: segmentQuerySchema }), mode: "read" },
  async ({ input: { documentId, query }, db }) => {
    const { after, limit, status, category, severity, q, assignment } = query;
    const where: Prisma.SegmentWhereInput = { documentId, order: { gt: after } };
    if (status) where.status = status;
    if (assignment) where.assignedTo = { some: { assignmentId: Number(assignment) } };
    if (category || severity) where.annotations = { some: { ...(category && { category }), ...(severity && { severity }) } };
    if (q) {
      const text = likeLiteral(q);
      where.OR = [{ mtText: { contains: text, mode: "insensitive" } }, { proposals: { some: { text: { contains: text, mode: "insensitive" } } } }];
    }
    const rows = await db.segment.findMany({
      where,
      orderBy: { order: "asc" },
      take: limit + 1,
      select: {
        id: true,
        order: true,
        blockId: true,
        block: { select: { kind: true } },
        mtText: true,
        sourceText: true,
        status: true,
        version: true,
        currentProposal: { select: { id: true, text: true } },
        annotations: { orderBy: { start: "asc" }, select: annotationSelect },
      },
    });
    // An empty page of a document that does not exist is a wrong address, not an empty document.
    if (rows.length === 0 && !(await db.document.findUnique({ where: { id: documentId }, select: { id: true } }))) {
      throw new AppError("not_found", `There is no document ${documentId}.`);
    }
    const segments = rows.slice(0, limit).map(({ block, annotations, ...segment }) => ({
      ...segment,
      blockKind: block.kind,
      annotations: annotations.map(toAnnotationView),
    }));
    return { segments, nextAfter: rows.length > limit ? segments[segments.length - 1].order : null };
  },
);

export type SegmentPage = Awaited<ReturnType<typeof listSegments>>;
export type SegmentRow = SegmentPage["segments"][number];
