import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Any constant: the first key of the advisory lock that makes a place's thread once, whoever comments first. */
const THREAD_LOCK = 0x636d74;

export type LockedThread = { id: number; documentId: number; segmentId: number | null; resolvedAt: Date | null; resolvedById: string | null };

/** The thread, locked until the transaction ends, so comments and resolutions on it take turns. */
export async function lockThread(tx: Tx, threadId: number): Promise<LockedThread> {
  const [thread] = await tx.$queryRaw<LockedThread[]>`
    SELECT id, "documentId", "segmentId", "resolvedAt", "resolvedById" FROM "CommentThread" WHERE id = ${threadId} FOR UPDATE`;
  if (!thread) throw new AppError("not_found", "That comment thread does not exist (any more). Reload the page.");
  return thread;
}

/**
 * The thread of a sentence (or of the document, segmentId null), made if it is the first comment there. Two first
 * comments at once wait on one advisory lock, so a place never gets two threads (the document's has no unique key).
 */
export async function findOrCreateThread(tx: Tx, documentId: number, segmentId: number | null): Promise<LockedThread> {
  const found = segmentId === null ? await tx.document.count({ where: { id: documentId } }) : await tx.segment.count({ where: { id: segmentId, documentId } });
  if (found === 0) throw new AppError("not_found", segmentId === null ? "That document does not exist." : "That sentence is not in this document (any more). Reload the document.");
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${THREAD_LOCK}::int, ${segmentId ?? -documentId}::int)`;
  const existing = await tx.commentThread.findFirst({ where: { documentId, segmentId }, select: { id: true } });
  const id = existing?.id ?? (await tx.commentThread.create({ data: { documentId, segmentId }, select: { id: true } })).id;
  return lockThread(tx, id);
}
