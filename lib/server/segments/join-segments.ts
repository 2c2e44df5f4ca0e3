// Joining two consecutive segments into the first: shared by merge (monolingual words) and link (alignment groups).
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { countWords } from "@/lib/metrics/mqm";
import { carryAssignments } from "@/lib/server/assignments/carry-assignments";
import { moveCommentThread } from "@/lib/server/comments/move-comment-threads";
import { codesFor, type loadForBoundaryChange } from "./boundaries";
import { joinedSource, readSourceRanges } from "./segment-source";

type Loaded = Awaited<ReturnType<typeof loadForBoundaryChange>>;

/**
 * The first segment takes both MT ranges and the text between them, and both source ranges; the second one's
 * flags move over, and the later segments move up one. A group with no MT (a source sentence the MT dropped) joins
 * whichever neighbour it is given, in any paragraph: it has no MT range that could cross one.
 */
export async function joinSegments(tx: Tx, first: Loaded, second: Loaded) {
  if (first.blockId !== second.blockId && first.mtText !== "" && second.mtText !== "") {
    throw new AppError("bad_input", `Sentences ${first.order} and ${second.order} are in different paragraphs; they cannot become one segment.`);
  }
  const document = await tx.document.findUniqueOrThrow({ where: { id: first.documentId }, select: { text: true, sourceText: true } });
  const ranges = await readSourceRanges(tx, [first.id, second.id]);
  const [start, end, blockId] =
    first.mtText === "" ? [second.start, second.end, second.blockId] : second.mtText === "" ? [first.start, first.end, first.blockId] : [first.start, second.end, first.blockId];
  const mtText = document.text.slice(start, end);
  const shift = second.start - start;
  for (const annotation of second.annotations) {
    await tx.annotation.update({ where: { id: annotation.id }, data: { segmentId: first.id, start: annotation.start + shift, end: annotation.end + shift } });
  }
  await tx.segmentTime.deleteMany({ where: { segmentId: second.id } });
  await carryAssignments(tx, second.id, first.id);
  await moveCommentThread(tx, second.id, first.id);
  await tx.segment.delete({ where: { id: second.id } });
  const source = joinedSource(document.sourceText, ranges.get(first.id)!, ranges.get(second.id)!);
  await tx.segment.update({ where: { id: first.id }, data: { mtText, mtWords: countWords(mtText), start, end, blockId, ...source, ...codesFor([first.inlineCodes, second.inlineCodes], mtText), version: { increment: 1 } } });
  await tx.segment.updateMany({ where: { documentId: first.documentId, order: { gt: second.order } }, data: { order: { decrement: 1 } } });
  const { segmentCount } = await tx.document.update({ where: { id: first.documentId }, data: { segmentCount: { decrement: 1 } }, select: { segmentCount: true } });
  return { mtText, sourceText: source.sourceText, segmentCount };
}
