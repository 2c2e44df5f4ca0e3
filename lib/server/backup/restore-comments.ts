import type { Tx } from "@/lib/db";
import { allocateIds } from "./allocate-ids";
import type { Backup } from "./backup-schema";

/** Writes the backup's threads, comments and mentions on ids taken in file order; returns ref -> id for the audit's references. */
export async function restoreComments(tx: Tx, backup: Backup, documentId: number, segmentIds: Map<number, number>, userIds: Map<string, string>) {
  const threadIds = await allocateIds(tx, "CommentThread", backup.threads.length);
  const commentIds = await allocateIds(tx, "Comment", backup.comments.length);
  const threads = new Map(backup.threads.map((thread, i) => [thread.ref, Number(threadIds[i])]));
  const comments = new Map(backup.comments.map((comment, i) => [comment.ref, Number(commentIds[i])]));
  const user = (email: string) => userIds.get(email)!;
  if (backup.threads.length > 0) {
    await tx.commentThread.createMany({
      data: backup.threads.map((thread) => ({
        id: threads.get(thread.ref)!,
        documentId,
        segmentId: thread.segment === null ? null : segmentIds.get(thread.segment)!,
        resolvedById: thread.resolvedBy === null ? null : user(thread.resolvedBy),
        resolvedAt: thread.resolvedAt,
        createdAt: thread.createdAt,
      })),
    });
  }
  if (backup.comments.length > 0) {
    await tx.comment.createMany({
      data: backup.comments.map((comment) => ({ id: comments.get(comment.ref)!, threadId: threads.get(comment.thread)!, authorId: user(comment.author), body: comment.body, createdAt: comment.createdAt })),
    });
  }
  const mentions = backup.comments.flatMap((comment) =>
    comment.mentions.map((mention) => ({ commentId: comments.get(comment.ref)!, userId: user(mention.user), readAt: mention.readAt, createdAt: mention.createdAt })),
  );
  if (mentions.length > 0) await tx.mention.createMany({ data: mentions });
  return { threads, comments };
}
