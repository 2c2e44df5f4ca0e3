import { AppError } from "@/lib/errors";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { threadPlaceSchema } from "@/lib/validations/comment";
import { commentSelect, toCommentView, toThreadState, type ThreadView } from "./comment-view";

const SHOWN = 500;

/** A sentence's thread (or the document's, segmentId null) with its comments, oldest first; empty when nobody commented yet. */
export const getCommentThread = defineUseCase(
  { name: "getCommentThread", permission: "document.read", input: threadPlaceSchema, mode: "read" },
  async ({ input: { documentId, segmentId }, db }): Promise<ThreadView> => {
    const found = segmentId === null ? await db.document.count({ where: { id: documentId } }) : await db.segment.count({ where: { id: segmentId, documentId } });
    if (found === 0) throw new AppError("not_found", segmentId === null ? "That document does not exist." : "That sentence is not in this document (any more).");
    const thread = await db.commentThread.findFirst({
      where: { documentId, segmentId },
      select: { id: true, resolvedAt: true, resolvedBy: { select: { id: true, name: true } } },
    });
    if (!thread) return { id: null, documentId, segmentId, resolved: null, comments: [] };
    const rows = await db.comment.findMany({ where: { threadId: thread.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: SHOWN, select: commentSelect });
    return { ...toThreadState(thread), documentId, segmentId, comments: rows.reverse().map(toCommentView) };
  },
);
