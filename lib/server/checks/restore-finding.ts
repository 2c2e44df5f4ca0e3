import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { EVENT } from "@/lib/server/live/event-types";
import { recordDocumentEvent } from "@/lib/server/live/record-document-event";
import { lockSegment } from "@/lib/server/segments/lock-segment";
import { findingSchema } from "@/lib/validations/finding";

/**
 * Takes back a dismissal: the finding is shown again, to keep or dismiss, and the report no longer counts it against
 * its check. Found by the dismissal's own key, so it works even if the check no longer reports those words.
 */
export const restoreFinding = defineUseCase(
  { name: "restoreFinding", permission: "annotation.create", input: findingSchema },
  async ({ actor, input, db: tx }) => {
    const segment = await lockSegment(tx, input.segmentId);
    if (segment.documentId !== input.documentId) throw new AppError("not_found", "That sentence is not in this document.");
    const key = { segmentId: segment.id, check: input.check, start: input.start, end: input.end };
    const dismissal = await tx.findingDismissal.findUnique({ where: { segmentId_check_start_end: key }, select: { id: true, reason: true } });
    if (!dismissal) throw new AppError("conflict", "This finding is not dismissed (any more): someone restored it meanwhile.");
    await tx.findingDismissal.delete({ where: { id: dismissal.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "finding.restore",
      entityType: "FindingDismissal",
      entityId: dismissal.id,
      documentId: segment.documentId,
      segmentId: segment.id,
      before: { check: input.check, start: input.start, end: input.end, span: segment.mtText.slice(input.start, input.end), reason: dismissal.reason },
    });
    await recordDocumentEvent(tx, { documentId: segment.documentId, type: EVENT.findingRestore, segmentId: segment.id, actorId: actor.id });
    return { restored: true };
  },
);
