// Lines of a text with their trimmed ranges: the unit both block finders start from.
import { trimRange } from "./chars";
import { PAUSE_EVERY, runSteps, type Steps } from "./steps";
import type { BlockKind } from "./types";

export type Line = { start: number; end: number; blank: boolean };

/** A block before classification: `parts` are the ranges to split into segments (syntax markers left out). */
export type RawBlock = {
  start: number;
  end: number;
  /** Absent: the whole block is one part. */
  parts?: Array<{ start: number; end: number }>;
  kind?: BlockKind;
  /** Blank lines (or the text's edges) on both sides. */
  standalone: boolean;
  /** The block's text is not to be split into sentences (titles, headings). */
  whole?: boolean;
};

/** Each line's trimmed [start, end); a blank line has start === end. */
export function splitLines(text: string): Line[] {
  return runSteps(splitLinesSteps(text));
}

export function* splitLinesSteps(text: string): Steps<Line[]> {
  const lines: Line[] = [];
  let from = 0;
  while (from <= text.length) {
    from = appendLines(text, from, lines, PAUSE_EVERY);
    yield;
  }
  return lines;
}

/** Appends up to `count` lines starting at `from`; returns where the next line starts. */
function appendLines(text: string, from: number, lines: Line[], count: number): number {
  for (let n = 0; n < count && from <= text.length; n++) {
    let to = text.indexOf("\n", from);
    if (to === -1) to = text.length;
    const { start, end } = trimRange(text, from, to);
    lines.push({ start, end, blank: start === end });
    from = to + 1;
  }
  return from;
}

/** Whether blank lines (or the text's edges) surround lines first..last. */
export function isStandalone(lines: Line[], first: number, last: number): boolean {
  return (first === 0 || lines[first - 1].blank) && (last === lines.length - 1 || lines[last + 1].blank);
}

/** Marks which blocks have blank lines around them, given the line index range of each. */
export function markStandalone(blocks: RawBlock[], spans: Array<[number, number]>, lines: Line[]): void {
  blocks.forEach((block, i) => {
    block.standalone = isStandalone(lines, spans[i][0], spans[i][1]);
  });
}
