// A bilingual segment's source range, read under the boundary lock, the range two joined groups share, and its sentences.
import type { Tx } from "@/lib/db";
import { segmentText } from "@/lib/segment";

type Range = { start: number; end: number };

export type SourceRange = { sourceStart: number | null; sourceEnd: number | null };

export async function readSourceRanges(tx: Tx, segmentIds: number[]): Promise<Map<number, SourceRange>> {
  const rows = await tx.segment.findMany({ where: { id: { in: segmentIds } }, select: { id: true, sourceStart: true, sourceEnd: true } });
  return new Map(rows.map((row) => [row.id, { sourceStart: row.sourceStart, sourceEnd: row.sourceEnd }]));
}

/** The source of two consecutive groups as one: from the first one's start to the last one's end (null when neither has any). */
export function joinedSource(sourceText: string | null, first: SourceRange, second: SourceRange) {
  const starts = [first.sourceStart, second.sourceStart].filter((value) => value !== null);
  const ends = [first.sourceEnd, second.sourceEnd].filter((value) => value !== null);
  if (sourceText === null || starts.length === 0) return { sourceText: null, sourceStart: null, sourceEnd: null };
  const sourceStart = Math.min(...starts);
  const sourceEnd = Math.max(...ends);
  return { sourceText: sourceText.slice(sourceStart, sourceEnd), sourceStart, sourceEnd };
}

/** The sentences of `text` between `start` and `end`, as ranges of `text`; the whole range when the segmenter finds none. */
export function sentencesIn(text: string, start: number, end: number, language: string): Range[] {
  const segmented = segmentText(text.slice(start, end), { language });
  const ranges = segmented.blocks.flatMap((block) => block.segments.map((s) => ({ start: s.start + start, end: s.end + start })));
  return ranges.length > 0 ? ranges : [{ start, end }];
}
