import type { Backup } from "./backup-schema";
import type { CommentRows } from "./read-backup-comments";

const iso = (date: Date) => date.toISOString();

/**
 * Threads in file order (the document's first, then by segment order), comments by thread and time; ids become refs
 * (returned, for the audit's references), people become emails.
 */
export function buildBackupComments(rows: CommentRows, segmentOrder: Map<number, number>, email: (userId: string) => string) {
  const order = (segmentId: number | null) => (segmentId === null ? -Infinity : segmentOrder.get(segmentId)!);
  const threads = [...rows.threads].sort((a, b) => order(a.segmentId) - order(b.segmentId));
  const threadRef = new Map(threads.map((thread, i) => [thread.id, i + 1]));
  const comments = [...rows.comments].sort((a, b) => threadRef.get(a.threadId)! - threadRef.get(b.threadId)! || a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id);
  const commentRef = new Map(comments.map((comment, i) => [comment.id, i + 1]));
  const backup: Pick<Backup, "threads" | "comments"> = {
    threads: threads.map((thread) => ({
      ref: threadRef.get(thread.id)!,
      segment: thread.segmentId === null ? null : segmentOrder.get(thread.segmentId)!,
      resolvedBy: thread.resolvedById === null ? null : email(thread.resolvedById),
      resolvedAt: thread.resolvedAt === null ? null : iso(thread.resolvedAt),
      createdAt: iso(thread.createdAt),
    })),
    comments: comments.map((comment) => ({
      ref: commentRef.get(comment.id)!,
      thread: threadRef.get(comment.threadId)!,
      author: email(comment.authorId),
      body: comment.body,
      createdAt: iso(comment.createdAt),
      mentions: comment.mentions
        .map((mention) => ({ user: email(mention.userId), readAt: mention.readAt === null ? null : iso(mention.readAt), createdAt: iso(mention.createdAt) }))
        .sort((a, b) => (a.user < b.user ? -1 : a.user > b.user ? 1 : 0)),
    })),
  };
  return { backup, threadRef, commentRef };
}
