import type { Prisma } from "@/lib/generated/prisma/client";

/** What counts as feedback for an author, shared by the feedback page and the unseen count so the two always agree. */
export function feedbackWhere(authorId: string, since?: Date | null) {
  const after = since ? { createdAt: { gt: since } } : {};
  const rejected: Prisma.ReviewWhereInput = { decision: "reject", proposal: { authorId }, ...after };
  const edited: Prisma.ProposalWhereInput = { editedInReview: true, authorId: { not: authorId }, basedOn: { authorId }, ...after };
  return { rejected, edited };
}
