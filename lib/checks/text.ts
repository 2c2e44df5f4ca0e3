// Small text helpers the checks share: words with their offsets, per-segment runs, block runs.
import type { CheckDocument, CheckSegment, Hit } from "./types";

export type Word = { text: string; start: number; end: number };

const WORD = /\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)?/gu;

export function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

/** Runs `find` on every segment and tags its ranges with the segment's index. */
export function eachSegment(
  doc: CheckDocument,
  find: (segment: CheckSegment, index: number) => Omit<Hit, "segment">[],
): Hit[] {
  return doc.segments.flatMap((segment, index) => find(segment, index).map((hit) => ({ segment: index, ...hit })));
}

/** Consecutive segments of one block (paragraph) as lists of indexes; a segment without a block is its own. */
export function blockRuns(doc: CheckDocument): number[][] {
  const runs: number[][] = [];
  doc.segments.forEach((segment, index) => {
    const last = runs.at(-1);
    const previous = index > 0 ? doc.segments[index - 1] : undefined;
    if (last && segment.block !== undefined && previous?.block === segment.block) last.push(index);
    else runs.push([index]);
  });
  return runs;
}

export function languageOf(code: string | undefined): string {
  return (code ?? "").toLowerCase().split(/[-_]/)[0];
}
