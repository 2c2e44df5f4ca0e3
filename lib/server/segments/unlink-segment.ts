import { AppError } from "@/lib/errors";
import { countWords } from "@/lib/metrics/mqm";
import { recordAudit } from "@/lib/server/audit";
import { carryAssignments } from "@/lib/server/assignments/carry-assignments";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { EVENT } from "@/lib/server/live/event-types";
import { recordDocumentEvent } from "@/lib/server/live/record-document-event";
import { unlinkSegmentSchema } from "@/lib/validations/boundary";
import { assertVersion, loadForBoundaryChange, lockDocumentOf } from "./boundaries";
import { readSourceRanges, sentencesIn } from "./segment-source";

type Range = { start: number; end: number };
type Piece = { mt: Range; source: Range | null };

/**
 * Undoes a link: the group's source sentences and MT sentences pair one to one in order, and what is left over
 * stands alone; a group of one source and one MT sentence comes apart into the source alone, then the MT alone.
 * With link (next, previous) this reaches any grouping of the sentences in their order.
 */
export const unlinkSegment = defineUseCase(
  { name: "unlinkSegment", permission: "segment.split-merge", input: unlinkSegmentSchema },
  async ({ actor, input: { segmentId, version }, db: tx }) => {
    const documentId = await lockDocumentOf(tx, segmentId);
    const segment = await loadForBoundaryChange(tx, segmentId);
    assertVersion(segment, version);
    const document = await tx.document.findUniqueOrThrow({ where: { id: documentId }, select: { sourceText: true, sourceLanguage: true, targetLanguage: true } });
    const range = (await readSourceRanges(tx, [segment.id])).get(segment.id)!;
    if (document.sourceText === null || range.sourceStart === null || range.sourceEnd === null || segment.mtText === "") {
      throw new AppError("bad_input", `Group ${segment.order} has no source and MT linked together; there is nothing to unlink.`);
    }
    const sources = sentencesIn(document.sourceText, range.sourceStart, range.sourceEnd, document.sourceLanguage);
    const targets = sentencesIn(segment.mtText, 0, segment.mtText.length, document.targetLanguage).map((r) => ({ start: r.start + segment.start, end: r.end + segment.start }));
    const pieces = piecesOf(sources, targets, segment.start);
    const crossing = segment.annotations.find((a) => !pieces.some((p) => a.start + segment.start >= p.mt.start && a.end + segment.start <= p.mt.end && p.mt.end > p.mt.start));
    if (crossing) throw new AppError("conflict", `An error flag (${crossing.category}) covers two sentences of the group; edit or delete it first.`);

    await tx.segment.updateMany({ where: { documentId, order: { gt: segment.order } }, data: { order: { increment: pieces.length - 1 } } });
    const ids: number[] = [];
    for (const [k, piece] of pieces.entries()) {
      const mtText = documentSlice(segment, piece.mt);
      const data = {
        mtText,
        mtWords: countWords(mtText),
        start: piece.mt.start,
        end: piece.mt.end,
        sourceText: piece.source ? document.sourceText.slice(piece.source.start, piece.source.end) : null,
        sourceStart: piece.source?.start ?? null,
        sourceEnd: piece.source?.end ?? null,
      };
      if (k === 0) {
        await tx.segment.update({ where: { id: segment.id }, data: { ...data, version: { increment: 1 } } });
        ids.push(segment.id);
      } else {
        const created = await tx.segment.create({ data: { ...data, documentId, blockId: segment.blockId, order: segment.order + k }, select: { id: true } });
        await carryAssignments(tx, segment.id, created.id);
        ids.push(created.id);
      }
    }
    for (const annotation of segment.annotations) {
      const k = pieces.findIndex((p) => p.mt.end > p.mt.start && annotation.start + segment.start >= p.mt.start && annotation.end + segment.start <= p.mt.end);
      const shift = pieces[k].mt.start - segment.start;
      await tx.annotation.update({ where: { id: annotation.id }, data: { segmentId: ids[k], start: annotation.start - shift, end: annotation.end - shift } });
    }
    const { segmentCount } = await tx.document.update({ where: { id: documentId }, data: { segmentCount: { increment: pieces.length - 1 } }, select: { segmentCount: true } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "segment.unlink",
      entityType: "Segment",
      entityId: segment.id,
      documentId,
      segmentId: segment.id,
      before: { order: segment.order, mtText: segment.mtText, sourceStart: range.sourceStart, sourceEnd: range.sourceEnd },
      after: { segments: ids.map((id, k) => ({ id, mt: pieces[k].mt, source: pieces[k].source })) },
    });
    await recordDocumentEvent(tx, { documentId, type: EVENT.segmentUnlink, segmentId: segment.id, actorId: actor.id, payload: { segmentCount } });
    return { ids };
  },
);


function piecesOf(sources: Range[], targets: Range[], at: number): Piece[] {
  if (sources.length === 1 && targets.length === 1) return [{ mt: { start: at, end: at }, source: sources[0] }, { mt: targets[0], source: null }];
  const pieces: Piece[] = [];
  for (let k = 0; k < Math.max(sources.length, targets.length); k++) {
    const mtEnd = pieces.length > 0 ? pieces[pieces.length - 1].mt.end : at;
    pieces.push({ mt: targets[k] ?? { start: mtEnd, end: mtEnd }, source: sources[k] ?? null });
  }
  return pieces;
}

function documentSlice(segment: { start: number; mtText: string }, range: Range): string {
  return segment.mtText.slice(range.start - segment.start, range.end - segment.start);
}
