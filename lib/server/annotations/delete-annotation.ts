import { recordAudit } from "@/lib/server/audit";
import { recordAnnotationEvent } from "@/lib/server/live/record-annotation-event";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { annotationIdSchema } from "@/lib/validations/annotation";
import { lockOwnOpenAnnotation } from "./lock-annotation";

/** Deleting removes the flag from the segment; the audit log keeps what it said. */
export const deleteAnnotation = defineUseCase(
  { name: "deleteAnnotation", permission: "annotation.create", input: annotationIdSchema },
  async ({ actor, input: { annotationId }, db: tx }) => {
    const { annotation, segment } = await lockOwnOpenAnnotation(tx, actor, annotationId);
    await tx.annotation.delete({ where: { id: annotationId } });
    const { start, end, category, subcategory, severity, note } = annotation;
    await recordAudit(tx, { actorId: actor.id, action: "annotation.delete", entityType: "Annotation", entityId: annotationId, documentId: segment.documentId, segmentId: segment.id, before: { start, end, category, subcategory, severity, note } });
    await recordAnnotationEvent(tx, actor.id, segment, annotationId);
    return { id: annotationId };
  },
);
