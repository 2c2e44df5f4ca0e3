import type { Tx } from "@/lib/db";

/** The document's comment threads, their comments and each comment's mentions, in creation order. */
export async function readBackupComments(tx: Tx, documentId: number) {
  const threads = await tx.commentThread.findMany({
    where: { documentId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, segmentId: true, resolvedById: true, resolvedAt: true, createdAt: true },
  });
  const comments = await tx.comment.findMany({
    where: { thread: { documentId } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, threadId: true, authorId: true, body: true, createdAt: true, mentions: { select: { userId: true, readAt: true, createdAt: true } } },
  });
  return { threads, comments };
}

export type CommentRows = Awaited<ReturnType<typeof readBackupComments>>;

export function commentUserIds({ threads, comments }: CommentRows): string[] {
  return [
    ...threads.flatMap((thread) => (thread.resolvedById ? [thread.resolvedById] : [])),
    ...comments.flatMap((comment) => [comment.authorId, ...comment.mentions.map((mention) => mention.userId)]),
  ];
}
