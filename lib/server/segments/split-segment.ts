import { countWords } from "@/lib/metrics/mqm";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit";
import { carryAssignments } from "@/lib/server/assignments/carry-assignments";
import { EVENT } from "@/lib/server/live/event-types";
import { recordDocumentEvent } from "@/lib/server/live/record-document-event";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { splitSegmentSchema } from "@/lib/validations/boundary";
import { PLACEHOLDER } from "@/lib/formats/cat/placeholders";
import { assertVersion, codesFor, loadForBoundaryChange, lockDocumentOf } from "./boundaries";
import { splitSource } from "./split-source";

/**
 * Splits a segment at `at` (an offset into its MT text); the whitespace at the cut stays between the two, as in the
 * original. A bilingual group's source of several sentences is split between sentences too (see split-source.ts).
 */
export const splitSegment = defineUseCase(
  { name: "splitSegment", permission: "segment.split-merge", input: splitSegmentSchema },
  async ({ actor, input: { segmentId, version, at }, db: tx }) => {
    await lockDocumentOf(tx, segmentId);
    const segment = await loadForBoundaryChange(tx, segmentId);
    assertVersion(segment, version);
    const left = segment.mtText.slice(0, at).trimEnd();
    const rightRaw = segment.mtText.slice(at);
    const right = rightRaw.trimStart();
    if (at >= segment.mtText.length || !left || !right || insidePlaceholder(segment.mtText, at)) {
      throw new AppError("bad_input", "Choose a split point between two words of the sentence.");
    }
    const rightOffset = at + (rightRaw.length - right.length);
    const crossing = segment.annotations.find((annotation) => annotation.start < rightOffset && annotation.end > left.length);
    if (crossing) throw new AppError("conflict", `An error flag (${crossing.category}) covers the split point; edit or delete it first.`);

    const source = await splitSource(tx, segment, left.length / (left.length + right.length));
    await tx.segment.updateMany({ where: { documentId: segment.documentId, order: { gt: segment.order } }, data: { order: { increment: 1 } } });
    await tx.segment.update({ where: { id: segment.id }, data: { mtText: left, mtWords: countWords(left), end: segment.start + left.length, version: { increment: 1 }, ...source?.left, ...codesFor([segment.inlineCodes], left) } });
    const created = await tx.segment.create({
      data: { documentId: segment.documentId, blockId: segment.blockId, order: segment.order + 1, start: segment.start + rightOffset, end: segment.end, mtText: right, mtWords: countWords(right), ...source?.right, ...codesFor([segment.inlineCodes], right) },
    });
    await carryAssignments(tx, segment.id, created.id);
    const moved = segment.annotations.filter((annotation) => annotation.start >= rightOffset);
    for (const annotation of moved) {
      await tx.annotation.update({ where: { id: annotation.id }, data: { segmentId: created.id, start: annotation.start - rightOffset, end: annotation.end - rightOffset } });
    }
    const { segmentCount } = await tx.document.update({ where: { id: segment.documentId }, data: { segmentCount: { increment: 1 } }, select: { segmentCount: true } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "segment.split",
      entityType: "Segment",
      entityId: segment.id,
      documentId: segment.documentId,
      segmentId: segment.id,
      before: { order: segment.order, start: segment.start, end: segment.end, mtText: segment.mtText },
      after: { segments: [{ id: segment.id, mtText: left, source: source?.left ?? null }, { id: created.id, mtText: right, source: source?.right ?? null }], movedAnnotations: moved.map((annotation) => annotation.id) },
    });
    await recordDocumentEvent(tx, { documentId: segment.documentId, type: EVENT.segmentSplit, segmentId: segment.id, actorId: actor.id, payload: { segmentCount } });
    return { left: segment.id, right: created.id };
  },
);

/** Whether `at` falls inside a placeholder such as ⟦12⟧, which must stay whole. */
function insidePlaceholder(text: string, at: number): boolean {
  return [...text.matchAll(PLACEHOLDER)].some((match) => match.index < at && at < match.index + match[0].length);
}
