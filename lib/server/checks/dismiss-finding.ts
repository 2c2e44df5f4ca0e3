import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { EVENT } from "@/lib/server/live/event-types";
import { recordDocumentEvent } from "@/lib/server/live/record-document-event";
import { lockSegment } from "@/lib/server/segments/lock-segment";
import { dismissFindingSchema } from "@/lib/validations/finding";
import { findFinding } from "./document-findings";
import { keptSpanWhere } from "./segment-findings";

/** An editor dismisses a finding as not an error: it is no longer shown, and the report counts it against its check. */
export const dismissFinding = defineUseCase(
  { name: "dismissFinding", permission: "annotation.create", input: dismissFindingSchema },
  async ({ actor, input, db: tx }) => {
    const segment = await lockSegment(tx, input.segmentId);
    if (segment.documentId !== input.documentId) throw new AppError("not_found", "That sentence is not in this document.");
    const finding = await findFinding(tx, input);
    const key = { segmentId: segment.id, check: finding.check, start: finding.start, end: finding.end };
    if (await tx.findingDismissal.findUnique({ where: { segmentId_check_start_end: key }, select: { id: true } })) {
      throw new AppError("conflict", "This finding is already dismissed.");
    }
    if (await tx.annotation.findFirst({ where: { segmentId: segment.id, ...keptSpanWhere(finding.check, finding) }, select: { id: true } })) {
      throw new AppError("conflict", "This finding was kept as a flag meanwhile.");
    }
    const dismissal = await tx.findingDismissal.create({ data: { ...key, reason: input.reason, dismissedById: actor.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "finding.dismiss",
      entityType: "FindingDismissal",
      entityId: dismissal.id,
      documentId: segment.documentId,
      segmentId: segment.id,
      after: { check: finding.check, start: finding.start, end: finding.end, span: finding.text, reason: input.reason },
    });
    await recordDocumentEvent(tx, { documentId: segment.documentId, type: EVENT.findingDismiss, segmentId: segment.id, actorId: actor.id });
    return dismissal;
  },
);
