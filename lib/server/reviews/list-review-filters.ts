import { z } from "zod";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { reviewQueueFilterSchema } from "./list-review-queue";

type Choice<Id> = { id: Id; waiting: number };

/**
 * The documents and authors that have proposals waiting, each with how many, for the queue's filters; a chosen document or
 * author with nothing waiting is listed too (with 0), so the filter shows what the queue is filtered by.
 */
export const listReviewFilters = defineUseCase(
  {
    name: "listReviewFilters",
    permission: "proposal.review",
    input: reviewQueueFilterSchema.pick({ documentId: true, authorId: true }),
    mode: "read",
  },
  async ({ input: { documentId, authorId }, db }) => {
    const [documents, authors, chosenDocument, chosenAuthor, assignees] = await Promise.all([
      db.$queryRaw<(Choice<number> & { title: string })[]>`
        SELECT d.id, d.title, COUNT(*)::int AS waiting
        FROM "Proposal" p JOIN "Segment" s ON s.id = p."segmentId" JOIN "Document" d ON d.id = s."documentId"
        WHERE p.state = 'open'
        GROUP BY d.id ORDER BY d.title, d.id`,
      db.$queryRaw<(Choice<string> & { name: string; email: string })[]>`
        SELECT u.id, u.name, u.email, COUNT(*)::int AS waiting
        FROM "Proposal" p JOIN "user" u ON u.id = p."authorId"
        WHERE p.state = 'open'
        GROUP BY u.id ORDER BY u.name, u.id`,
      documentId ? db.document.findUnique({ where: { id: documentId }, select: { id: true, title: true } }) : null,
      authorId ? db.user.findUnique({ where: { id: authorId }, select: { id: true, name: true, email: true } }) : null,
      // Everyone assigned sentences to review, with how many of them have a proposal waiting.
      db.$queryRaw<(Choice<string> & { name: string; email: string })[]>`
        SELECT u.id, u.name, u.email, COUNT(p.id)::int AS waiting
        FROM "Assignment" g JOIN "user" u ON u.id = g."assigneeId" JOIN "AssignedSegment" a ON a."assignmentId" = g.id
          LEFT JOIN "Proposal" p ON p."segmentId" = a."segmentId" AND p.state = 'open'
        WHERE g.role = 'review'
        GROUP BY u.id ORDER BY u.name, u.id`,
    ]);
    if (chosenDocument && !documents.some((document) => document.id === chosenDocument.id)) documents.unshift({ ...chosenDocument, waiting: 0 });
    if (chosenAuthor && !authors.some((author) => author.id === chosenAuthor.id)) authors.unshift({ ...chosenAuthor, waiting: 0 });
    return { documents, authors, assignees, waiting: documents.reduce((total, document) => total + document.waiting, 0) };
  },
);
