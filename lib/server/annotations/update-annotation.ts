import { recordAudit } from "@/lib/server/audit";
import { recordAnnotationEvent } from "@/lib/server/live/record-annotation-event";
import { getDocumentTypology } from "@/lib/server/documents/get-typology";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { updateAnnotationSchema } from "@/lib/validations/annotation";
import { checkAnnotation } from "./check-annotation";
import { lockOwnOpenAnnotation } from "./lock-annotation";

/** The author may edit a flag until a reviewer resolves or dismisses it. */
export const updateAnnotation = defineUseCase(
  { name: "updateAnnotation", permission: "annotation.create", input: updateAnnotationSchema },
  async ({ actor, input: { annotationId, fields }, db: tx }) => {
    const { annotation, segment } = await lockOwnOpenAnnotation(tx, actor, annotationId);
    const data = checkAnnotation(fields, segment.mtText, await getDocumentTypology(tx, segment.documentId));
    const updated = await tx.annotation.update({ where: { id: annotationId }, data });
    const { start, end, category, subcategory, severity, note } = annotation;
    await recordAudit(tx, { actorId: actor.id, action: "annotation.update", entityType: "Annotation", entityId: annotationId, documentId: segment.documentId, segmentId: segment.id, before: { start, end, category, subcategory, severity, note }, after: data });
    await recordAnnotationEvent(tx, actor.id, segment, annotationId);
    return updated;
  },
);
