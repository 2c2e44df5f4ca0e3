// A bilingual segment's source range, read under the boundary lock, and the range two joined groups share.
import type { Tx } from "@/lib/db";

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
