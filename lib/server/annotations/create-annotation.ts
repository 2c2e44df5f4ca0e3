import { recordAudit } from "@/lib/server/audit";
import { recordAnnotationEvent } from "@/lib/server/live/record-annotation-event";
import { getDocumentTypology } from "@/lib/server/documents/get-typology";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { lockSegment } from "@/lib/server/segments/lock-segment";
import { createAnnotationSchema } from "@/lib/validations/annotation";
import { checkAnnotation } from "./check-annotation";

export const createAnnotation = defineUseCase(
  { name: "createAnnotation", permission: "annotation.create", input: createAnnotationSchema },
  async ({ actor, input: { segmentId, fields }, db: tx }) => {
    const segment = await lockSegment(tx, segmentId);
    const data = checkAnnotation(fields, segment.mtText, await getDocumentTypology(tx, segment.documentId));
    const annotation = await tx.annotation.create({ data: { ...data, segmentId, authorId: actor.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "annotation.create",
      entityType: "Annotation",
      entityId: annotation.id,
      documentId: segment.documentId,
      segmentId,
      after: { ...data, span: segment.mtText.slice(data.start, data.end) },
    });
    await recordAnnotationEvent(tx, actor.id, { id: segmentId, documentId: segment.documentId }, annotation.id);
    return annotation;
  },
);
