import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { idSchema, pageSchema, userIdSchema } from "@/lib/validations/common";

export const REVIEW_PAGE_SIZE = 20;

export const reviewQueueFilterSchema = z.object({
  documentId: idSchema("document").optional().catch(undefined),
  authorId: userIdSchema.optional().catch(undefined),
  /** Only sentences assigned to this person to review. */
  assigneeId: userIdSchema.optional().catch(undefined),
  page: pageSchema,
});
export type ReviewQueueFilter = z.input<typeof reviewQueueFilterSchema>;

const proposalSelect = {
  id: true,
  text: true,
  createdAt: true,
  checkOverride: true,
  author: { select: { id: true, name: true } },
  basedOn: { select: { text: true } },
  segment: {
    select: {
      id: true,
      order: true,
      documentId: true,
      mtText: true,
      sourceText: true,
      status: true,
      document: { select: { id: true, title: true, sourceLanguage: true } },
      approvedProposal: { select: { text: true, author: { select: { name: true } } } },
      annotations: {
        orderBy: [{ start: "asc" }, { id: "asc" }],
        select: {
          id: true, start: true, end: true, category: true, subcategory: true, severity: true, note: true, state: true, resolutionNote: true,
          author: { select: { name: true } },
          resolvedBy: { select: { name: true } },
        },
      },
    },
  },
} satisfies Prisma.ProposalSelect;

/** Open proposals, oldest first, each with what a reviewer needs beside it: the MT, the approved text, flags and the neighbouring sentences. */
export const listReviewQueue = defineUseCase(
  { name: "listReviewQueue", permission: "proposal.review", input: z.object({ filter: reviewQueueFilterSchema.default({ page: 1 }) }), mode: "read" },
  async ({ actor: reviewer, input: { filter }, db }) => {
    const where: Prisma.ProposalWhereInput = {
      state: "open",
      ...(filter.authorId ? { authorId: filter.authorId } : {}),
      segment: {
        ...(filter.documentId ? { documentId: filter.documentId } : {}),
        ...(filter.assigneeId ? { assignedTo: { some: { role: "review", assignment: { assigneeId: filter.assigneeId } } } } : {}),
      },
    };
    const pageOf = (page: number) =>
      db.proposal.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }], skip: (page - 1) * REVIEW_PAGE_SIZE, take: REVIEW_PAGE_SIZE, select: proposalSelect });
    const [total, requested] = await Promise.all([db.proposal.count({ where }), pageOf(filter.page)]);
    const pageCount = Math.max(1, Math.ceil(total / REVIEW_PAGE_SIZE));
    // A page past the end (its last proposals just decided, or an old link) shows the last page instead of "nothing waits".
    const page = Math.min(filter.page, pageCount);
    const proposals = page === filter.page ? requested : await pageOf(page);
    const neighbours = proposals.length
      ? await db.segment.findMany({
          where: { OR: proposals.map(({ segment }) => ({ documentId: segment.documentId, order: { in: [segment.order - 1, segment.order + 1] } })) },
          select: { documentId: true, order: true, mtText: true, approvedProposal: { select: { text: true } } },
        })
      : [];
    const textAt = new Map(neighbours.map((row) => [`${row.documentId}:${row.order}`, row.approvedProposal?.text ?? row.mtText]));
    const items = proposals.map(({ segment, ...proposal }) => ({
      ...proposal,
      own: proposal.author.id === reviewer.id,
      segment,
      approvedText: segment.approvedProposal?.text ?? null,
      before: textAt.get(`${segment.documentId}:${segment.order - 1}`) ?? null,
      after: textAt.get(`${segment.documentId}:${segment.order + 1}`) ?? null,
    }));
    return { items, total, page, pageCount, filter };
  },
);

export type ReviewQueue = Awaited<ReturnType<typeof listReviewQueue>>;
export type ReviewItem = ReviewQueue["items"][number];
