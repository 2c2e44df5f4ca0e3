import { z } from "zod";
import { AppError } from "@/lib/errors";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { idSchema } from "@/lib/validations/common";
import { annotationSelect, toAnnotationView } from "./annotation-view";
import { historySegmentIds } from "./history-segment-ids";

export const HISTORY_LIMIT = 200;

/** Everything the editing panel shows for one segment: its proposals with reviews, its flags and its latest history, newest first. */
export const getSegmentDetail = defineUseCase(
  { name: "getSegmentDetail", permission: "document.read", input: z.object({ documentId: idSchema("document"), segmentId: idSchema("sentence") }), mode: "read" },
  async ({ input: { documentId, segmentId }, db }) => {
    const segment = await db.segment.findFirst({
      where: { id: segmentId, documentId },
      select: {
        id: true,
        order: true,
        mtText: true,
        status: true,
        version: true,
        currentProposalId: true,
        approvedProposalId: true,
        annotations: { orderBy: { start: "asc" }, select: annotationSelect },
        proposals: {
          orderBy: { createdAt: "asc" },
          select: {
            id: true,
            text: true,
            state: true,
            basedOnId: true,
            editedInReview: true,
            checkOverride: true,
            createdAt: true,
            author: { select: { id: true, name: true } },
            reviews: { orderBy: { createdAt: "asc" }, select: { id: true, decision: true, reason: true, createdAt: true, reviewer: { select: { name: true } } } },
          },
        },
      },
    });
    if (!segment) throw new AppError("not_found", "That segment does not exist (any more). Reload the document.");
    // Newest first, so a much-edited sentence shows what happened last; one more than shown tells whether older ones exist.
    const events = await db.auditEvent.findMany({
      where: { segmentId: { in: await historySegmentIds(db, segmentId) } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: HISTORY_LIMIT + 1,
      select: { id: true, action: true, before: true, after: true, createdAt: true, actor: { select: { name: true } } },
    });
    // Dates go out as ISO strings: the panel reads this as JSON from a route handler.
    const history = events.slice(0, HISTORY_LIMIT).map(({ id, actor: who, createdAt, ...event }) => ({ ...event, id: String(id), actorName: who?.name ?? "Verso", createdAt: createdAt.toISOString() }));
    const proposals = segment.proposals.map((proposal) => ({
      ...proposal,
      createdAt: proposal.createdAt.toISOString(),
      reviews: proposal.reviews.map((review) => ({ ...review, createdAt: review.createdAt.toISOString() })),
    }));
    return { ...segment, annotations: segment.annotations.map(toAnnotationView), proposals, history, olderHistory: events.length > HISTORY_LIMIT };
  },
);

export type SegmentDetail = Awaited<ReturnType<typeof getSegmentDetail>>;
