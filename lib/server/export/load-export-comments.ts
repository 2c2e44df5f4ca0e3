import type { Tx } from "@/lib/db";
import type { ExportComment } from "@/lib/formats/types";
import { raterName, type Raters } from "./rater-names";

const THREAD_SELECT = {
  segmentId: true,
  resolvedAt: true,
  comments: { orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }], select: { body: true, createdAt: true, author: { select: { id: true, email: true } } } },
};

type Thread = { segmentId: number | null; resolvedAt: Date | null; comments: { body: string; createdAt: Date; author: { id: string; email: string } }[] };

function toComments(thread: Thread, raters: Raters): ExportComment[] {
  return thread.comments.map((comment) => ({ author: raterName(comment.author, raters), body: comment.body, createdAt: comment.createdAt, resolved: thread.resolvedAt !== null }));
}

/** The comments of a page of segments, by segment id, with authors named as the export names raters. */
export async function loadSegmentComments(db: Tx, segmentIds: number[], raters: Raters): Promise<Map<number, ExportComment[]>> {
  const threads: Thread[] = await db.commentThread.findMany({ where: { segmentId: { in: segmentIds } }, select: THREAD_SELECT });
  return new Map(threads.map((thread) => [thread.segmentId!, toComments(thread, raters)]));
}

/** The document's own thread's comments. */
export async function loadDocumentComments(db: Tx, documentId: number, raters: Raters): Promise<ExportComment[]> {
  const thread: Thread | null = await db.commentThread.findFirst({ where: { documentId, segmentId: null }, select: THREAD_SELECT });
  return thread ? toComments(thread, raters) : [];
}
