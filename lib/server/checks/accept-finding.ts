import { AppError } from "@/lib/errors";
import { checkAnnotation } from "@/lib/server/annotations/check-annotation";
import { recordAudit } from "@/lib/server/audit";
import { getDocumentTypology } from "@/lib/server/documents/get-typology";
import { recordAnnotationEvent } from "@/lib/server/live/record-annotation-event";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { lockSegment } from "@/lib/server/segments/lock-segment";
import { findingSchema } from "@/lib/validations/finding";
import { findFinding, ORIGIN_PREFIX } from "./document-findings";
import { keptSpanWhere } from "./segment-findings";

// A check's error is a major error to MQM, its warning a minor one.
const SEVERITY = { error: "Major", warning: "Minor" } as const;

/** An editor keeps a finding: it becomes an annotation with the check's category and severity, marked with its origin. */
export const acceptFinding = defineUseCase(
  { name: "acceptFinding", permission: "annotation.create", input: findingSchema },
  async ({ actor, input, db: tx }) => {
    const segment = await lockSegment(tx, input.segmentId);
    if (segment.documentId !== input.documentId) throw new AppError("not_found", "That sentence is not in this document.");
    const finding = await findFinding(tx, input);
    const origin = `${ORIGIN_PREFIX}${finding.check}`;
    const existing = await tx.annotation.findFirst({ where: { segmentId: segment.id, ...keptSpanWhere(finding.check, finding) }, select: { id: true } });
    if (existing) throw new AppError("conflict", "This finding is already a flag.");
    const key = { segmentId: segment.id, check: finding.check, start: finding.start, end: finding.end };
    if (await tx.findingDismissal.findUnique({ where: { segmentId_check_start_end: key }, select: { id: true } })) {
      throw new AppError("conflict", "This finding was dismissed meanwhile.");
    }
    const fields = { start: finding.start, end: finding.end, category: finding.category.category, subcategory: finding.category.subcategory ?? null, severity: SEVERITY[finding.severity], note: finding.message };
    const data = checkAnnotation(fields, segment.mtText, await getDocumentTypology(tx, segment.documentId));
    const annotation = await tx.annotation.create({ data: { ...data, origin, segmentId: segment.id, authorId: actor.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "annotation.create",
      entityType: "Annotation",
      entityId: annotation.id,
      documentId: segment.documentId,
      segmentId: segment.id,
      after: { ...data, origin, span: finding.text },
    });
    await recordAnnotationEvent(tx, actor.id, segment, annotation.id);
    return annotation;
  },
);
