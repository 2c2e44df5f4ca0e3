import { recordAudit } from "@/lib/server/audit";
import { recordAnnotationEvent } from "@/lib/server/live/record-annotation-event";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { resolveAnnotationSchema } from "@/lib/validations/annotation";
import { lockOpenAnnotation } from "./lock-annotation";

/** A reviewer resolves a flag (the error was real and is fixed) or dismisses it (not an error), with a note. */
export const resolveAnnotation = defineUseCase(
  { name: "resolveAnnotation", permission: "annotation.resolve", input: resolveAnnotationSchema },
  async ({ actor, input: { annotationId, state, note }, db: tx }) => {
    const { segment } = await lockOpenAnnotation(tx, annotationId);
    const updated = await tx.annotation.update({ where: { id: annotationId }, data: { state, resolvedById: actor.id, resolutionNote: note || null } });
    await recordAudit(tx, { actorId: actor.id, action: `annotation.${state === "resolved" ? "resolve" : "dismiss"}`, entityType: "Annotation", entityId: annotationId, documentId: segment.documentId, segmentId: segment.id, before: { state: "open" }, after: { state, note } });
    await recordAnnotationEvent(tx, actor.id, segment, annotationId);
    return updated;
  },
);
