// Plain text -> blocks, by hand: MT output mixes one-line paragraphs and hard-wrapped ones.
import { isStandalone, splitLinesSteps, type Line, type RawBlock } from "./lines";
import { inSlices, runSteps, type Steps } from "./steps";

const LIST_MARKER = /^(?:[-*•–—+]\s|\d{1,3}[.)]\s|[a-z]\)\s)/;
const MIN_WRAP = 50;
const MAX_WRAP = 100;
const WRAP_SLACK = 25;
const WRAPPED_SHARE = 0.6;

/**
 * The width a text was hard-wrapped at, or 0 when its lines are one paragraph each: most lines that run
 * on into another line are near the widest one, and the next line's first word would not have fitted.
 */
function* wrapWidth(text: string, lines: Line[]): Steps<number> {
  let widest = 0;
  for (const line of lines) widest = Math.max(widest, line.end - line.start);
  if (widest < MIN_WRAP || widest > MAX_WRAP) return 0;
  let runOns = 0;
  let wrapped = 0;
  yield* inSlices(0, lines.length - 1, (from, until) => {
    for (let i = from; i < until; i++) {
      if (lines[i].blank || lines[i + 1].blank) continue;
      runOns++;
      if (looksWrapped(text, lines, i, widest)) wrapped++;
    }
    return until;
  });
  return wrapped >= 2 && wrapped >= WRAPPED_SHARE * runOns ? widest : 0;
}

function looksWrapped(text: string, lines: Line[], i: number, width: number): boolean {
  const length = lines[i].end - lines[i].start;
  const next = lines[i + 1];
  const space = text.slice(next.start, next.end).search(/\s/);
  const firstWord = space === -1 ? next.end - next.start : space;
  return length >= width - WRAP_SLACK && length + 1 + firstWord > width;
}

/**
 * Each non-blank line is a block, except in hard-wrapped text, where a line near the wrap width runs on
 * into the next line of the same paragraph.
 */
export function findTextBlocks(text: string): RawBlock[] {
  return runSteps(findTextBlocksSteps(text));
}

export function* findTextBlocksSteps(text: string): Steps<RawBlock[]> {
  const lines = yield* splitLinesSteps(text);
  const width = yield* wrapWidth(text, lines);
  const blocks: RawBlock[] = [];
  yield* inSlices(0, lines.length, (from, until) => {
    let i = from;
    for (; i < until; i++) {
      if (lines[i].blank) continue;
      const first = i;
      while (width > 0 && runsOn(text, lines, i, width)) i++;
      blocks.push({ start: lines[first].start, end: lines[i].end, standalone: isStandalone(lines, first, i) });
    }
    return i;
  });
  return blocks;
}

function runsOn(text: string, lines: Line[], i: number, width: number): boolean {
  const next = lines[i + 1];
  if (!next || next.blank) return false;
  if (!looksWrapped(text, lines, i, width)) return false;
  return !LIST_MARKER.test(text.slice(next.start, next.start + 4));
}

export function isListItemLine(line: string): boolean {
  return LIST_MARKER.test(line);
}
