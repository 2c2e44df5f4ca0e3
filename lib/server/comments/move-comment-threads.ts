import type { Tx } from "@/lib/db";

/** A merge keeps the second sentence's comments: they join the first sentence's thread, or the thread moves over whole. */
export async function moveCommentThread(tx: Tx, fromSegmentId: number, toSegmentId: number) {
  const from = await tx.commentThread.findUnique({ where: { segmentId: fromSegmentId }, select: { id: true } });
  if (!from) return;
  const to = await tx.commentThread.findUnique({ where: { segmentId: toSegmentId }, select: { id: true } });
  if (!to) {
    await tx.commentThread.update({ where: { id: from.id }, data: { segmentId: toSegmentId } });
    return;
  }
  await tx.comment.updateMany({ where: { threadId: from.id }, data: { threadId: to.id } });
  await tx.commentThread.delete({ where: { id: from.id } });
}
