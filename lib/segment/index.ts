// Text -> blocks -> segments, by hand: no npm segmenter passes the Golden Rules or keeps blocks (see bench/segment.ts).
import { trimRange } from "./chars";
import { classifyBlocks } from "./classify";
import { getLanguageRules } from "./languages";
import type { RawBlock } from "./lines";
import { findMarkdownBlocksSteps } from "./markdown-blocks";
import { findSentences } from "./sentences";
import { inSlices, runSteps, type Steps } from "./steps";
import { findTextBlocksSteps } from "./text-blocks";
import type { BlockKind, BlockSpan, LanguageRules, SegmentOptions, SegmentSpan, SegmentedText } from "./types";

export type * from "./types";
export { splitSentences } from "./sentences";
export { getLanguageRules, hasLanguageRules, primaryLanguage, supportedLanguages } from "./languages";

/** About a millisecond of sentence finding. */
const SENTENCE_SLICE_CHARS = 8_192;

/** Kinds whose line is one segment even when it looks like several sentences. */
const UNSPLIT: ReadonlySet<BlockKind> = new Set(["title", "dateline", "heading"]);

/**
 * Splits a document (UTF-8 decoded, CRLF already normalised to LF) into blocks and sentence segments.
 * `leading` + each block's text and separator rebuilds `text` exactly.
 */
export function segmentText(text: string, options: SegmentOptions = {}): SegmentedText {
  return runSteps(segmentTextSteps(text, options));
}

/** segmentText as resumable work: it pauses every few thousand blocks or lines (see steps.ts). */
export function* segmentTextSteps(text: string, options: SegmentOptions = {}): Steps<SegmentedText> {
  const rules = getLanguageRules(options.language);
  const raw = yield* (options.format === "markdown" ? findMarkdownBlocksSteps(text) : findTextBlocksSteps(text));
  const sentences: SegmentSpan[][] = [];
  // A slice ends after PAUSE_EVERY blocks or SENTENCE_SLICE_CHARS of text: 4,096 paragraphs of news take a second.
  yield* inSlices(0, raw.length, (from, until) => {
    let i = from;
    for (let chars = 0; i < until && chars < SENTENCE_SLICE_CHARS; i++) {
      sentences.push(sentencesOf(text, raw[i], rules));
      chars += raw[i].end - raw[i].start;
    }
    return i;
  });
  const kinds = yield* classifyBlocks(text, raw, rules, sentences.map((s) => s.length));
  const blocks: BlockSpan[] = [];
  yield* inSlices(0, raw.length, (from, until) => {
    for (let i = from; i < until; i++) {
      const block = raw[i];
      blocks.push({
        kind: kinds[i],
        start: block.start,
        end: block.end,
        separator: text.slice(block.end, i + 1 < raw.length ? raw[i + 1].start : text.length),
        segments: UNSPLIT.has(kinds[i]) || block.whole ? wholeParts(text, block) : sentences[i],
      });
    }
    return until;
  });
  return { leading: text.slice(0, raw.length > 0 ? raw[0].start : text.length), blocks };
}

function sentencesOf(text: string, block: RawBlock, rules: LanguageRules): SegmentSpan[] {
  const segments: SegmentSpan[] = [];
  if (block.whole) return segments;
  for (const part of block.parts ?? [block]) {
    const offset = part.start;
    for (const sentence of findSentences(text.slice(part.start, part.end), rules)) {
      const start = offset + sentence.start;
      const end = offset + sentence.end;
      segments.push({ start, end, text: text.slice(start, end) });
    }
  }
  return segments;
}

function wholeParts(text: string, block: RawBlock): SegmentSpan[] {
  const segments: SegmentSpan[] = [];
  for (const part of block.parts ?? [block]) {
    const { start, end } = trimRange(text, part.start, part.end);
    if (end > start) segments.push({ start, end, text: text.slice(start, end) });
  }
  return segments;
}
