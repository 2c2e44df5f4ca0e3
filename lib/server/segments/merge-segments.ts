import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit";
import { EVENT } from "@/lib/server/live/event-types";
import { recordDocumentEvent } from "@/lib/server/live/record-document-event";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { mergeSegmentsSchema } from "@/lib/validations/boundary";
import { assertVersion, loadForBoundaryChange, lockDocumentOf } from "./boundaries";
import { joinSegments } from "./join-segments";

/** Merges a segment with the next one in its block; the text between them (usually a space) joins the merged MT. */
export const mergeWithNext = defineUseCase(
  { name: "mergeWithNext", permission: "segment.split-merge", input: mergeSegmentsSchema },
  async ({ actor, input: { segmentId, version }, db: tx }) => {
    await lockDocumentOf(tx, segmentId);
    const first = await loadForBoundaryChange(tx, segmentId);
    assertVersion(first, version);
    const next = await tx.segment.findFirst({ where: { documentId: first.documentId, order: first.order + 1 }, select: { id: true, blockId: true } });
    if (!next || next.blockId !== first.blockId) throw new AppError("bad_input", `Sentence ${first.order} is the last of its paragraph; there is nothing to merge it with.`);
    const second = await loadForBoundaryChange(tx, next.id);
    const { mtText, segmentCount } = await joinSegments(tx, first, second);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "segment.merge",
      entityType: "Segment",
      entityId: first.id,
      documentId: first.documentId,
      segmentId: first.id,
      before: { segments: [{ id: first.id, mtText: first.mtText }, { id: second.id, mtText: second.mtText }] },
      after: { id: first.id, mtText, movedAnnotations: second.annotations.map((annotation) => annotation.id) },
    });
    await recordDocumentEvent(tx, { documentId: first.documentId, type: EVENT.segmentMerge, segmentId: first.id, actorId: actor.id, payload: { segmentCount } });
    return { id: first.id };
  },
);
