import type { Tx } from "@/lib/db";
import { annotationSelect, toAnnotationView } from "@/lib/server/workspace/annotation-view";
import { EVENT } from "./event-types";
import { recordDocumentEvent } from "./record-document-event";

/** A flag as the workspace shows it after the change, or its removal when it no longer exists. */
export async function recordAnnotationEvent(tx: Tx, actorId: string, segment: { id: number; documentId: number }, annotationId: number) {
  const annotation = await tx.annotation.findUnique({ where: { id: annotationId }, select: annotationSelect });
  const base = { documentId: segment.documentId, segmentId: segment.id, actorId };
  await recordDocumentEvent(
    tx,
    annotation ? { ...base, type: EVENT.annotationChange, payload: { annotation: toAnnotationView(annotation) } } : { ...base, type: EVENT.annotationDelete, payload: { annotationId } },
  );
}
