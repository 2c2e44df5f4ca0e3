import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/server/auth/permissions";
import { recordAudit } from "@/lib/server/audit";
import { EVENT } from "@/lib/server/live/event-types";
import { recordDocumentEvent } from "@/lib/server/live/record-document-event";
import { toThreadState, type ThreadState } from "./comment-view";
import { lockThread } from "./lock-thread";

/** Resolves or reopens a thread; doing what someone else just did is a conflict that names them, not a silent repeat. */
export async function setThreadResolved(tx: Tx, actor: Actor, threadId: number, resolve: boolean): Promise<ThreadState> {
  const thread = await lockThread(tx, threadId);
  if ((thread.resolvedAt !== null) === resolve) {
    const by = thread.resolvedById ? (await tx.user.findUnique({ where: { id: thread.resolvedById }, select: { name: true } }))?.name : null;
    throw new AppError("conflict", resolve ? `${by ?? "Someone"} has already resolved this thread.` : "Someone has already reopened this thread.");
  }
  const updated = await tx.commentThread.update({
    where: { id: threadId },
    data: resolve ? { resolvedAt: new Date(), resolvedById: actor.id } : { resolvedAt: null, resolvedById: null },
    select: { id: true, resolvedAt: true, resolvedBy: { select: { id: true, name: true } } },
  });
  const action = resolve ? "comment-thread.resolve" : "comment-thread.reopen";
  await recordAudit(tx, { actorId: actor.id, action, entityType: "CommentThread", entityId: threadId, documentId: thread.documentId, segmentId: thread.segmentId });
  const state = toThreadState(updated);
  await recordDocumentEvent(tx, {
    documentId: thread.documentId,
    type: resolve ? EVENT.threadResolve : EVENT.threadReopen,
    segmentId: thread.segmentId,
    actorId: actor.id,
    payload: { thread: state },
  });
  return state;
}
