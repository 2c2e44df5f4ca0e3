import { z } from "zod";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { pageSchema } from "@/lib/validations/common";
import { feedbackWhere } from "./feedback-where";

export const FEEDBACK_PAGE_SIZE = 20;

export type FeedbackItem = {
  key: string;
  kind: "rejected" | "edited";
  at: Date;
  reviewer: string;
  reason: string | null;
  yourText: string;
  approvedText: string | null;
  unseen: boolean;
  segment: { id: number; order: number; mtText: string };
  document: { id: number; title: string };
};

const segmentSelect = { select: { id: true, order: true, mtText: true, document: { select: { id: true, title: true } } } } as const;

/** What reviewers did to the actor's proposals: rejections with their reason, and edits made while approving. Newest first. */
export const listFeedback = defineUseCase(
  { name: "listFeedback", permission: "proposal.submit", input: z.object({ page: pageSchema }), mode: "read" },
  async ({ actor: editor, input, db }) => {
    const where = feedbackWhere(editor.id);
    const [user, rejectedCount, editedCount] = await Promise.all([
      db.user.findUniqueOrThrow({ where: { id: editor.id }, select: { feedbackSeenAt: true } }),
      db.review.count({ where: where.rejected }),
      db.proposal.count({ where: where.edited }),
    ]);
    const total = rejectedCount + editedCount;
    const pageCount = Math.max(1, Math.ceil(total / FEEDBACK_PAGE_SIZE));
    // A page past the end (an old link) shows the last page, and never reads more rows than there are pages.
    const page = Math.min(input.page, pageCount);
    // Both kinds are merged by time, so each list is read up to the end of the requested page.
    const take = page * FEEDBACK_PAGE_SIZE;
    const [rejections, edits] = await Promise.all([
      db.review.findMany({
        where: where.rejected,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take,
        select: { id: true, reason: true, createdAt: true, reviewer: { select: { name: true } }, proposal: { select: { text: true, segment: segmentSelect } } },
      }),
      db.proposal.findMany({
        where: where.edited,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take,
        select: { id: true, text: true, createdAt: true, author: { select: { name: true } }, basedOn: { select: { text: true } }, segment: segmentSelect },
      }),
    ]);
    const unseen = (at: Date) => !user.feedbackSeenAt || at > user.feedbackSeenAt;
    const items: FeedbackItem[] = [
      ...rejections.map(({ proposal: { segment, text }, ...review }) => ({
        key: `review-${review.id}`, kind: "rejected" as const, at: review.createdAt, reviewer: review.reviewer.name, reason: review.reason,
        yourText: text, approvedText: null, unseen: unseen(review.createdAt), segment, document: segment.document,
      })),
      ...edits.map(({ segment, ...edited }) => ({
        key: `edit-${edited.id}`, kind: "edited" as const, at: edited.createdAt, reviewer: edited.author.name, reason: null,
        yourText: edited.basedOn?.text ?? "", approvedText: edited.text, unseen: unseen(edited.createdAt), segment, document: segment.document,
      })),
    ].sort((a, b) => b.at.getTime() - a.at.getTime());
    return { items: items.slice(take - FEEDBACK_PAGE_SIZE, take), total, page, pageCount };
  },
);
