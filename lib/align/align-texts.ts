// Paragraphs first, then sentences within paired paragraphs, as Gale and Church align a bitext.
import { segmentText, type SegmentedText, type SegmentSpan } from "@/lib/segment";
import { runSteps, type Steps } from "@/lib/segment/steps";
import { anchorsOf } from "./anchors";
import { alignUnits, type AlignmentGroup, type AlignmentUnit, type AlignOptions } from "./align-units";

export type { AlignmentGroup, AlignOptions } from "./align-units";

/** Sentences that translate each other: indices of consecutive sentences, in order, every sentence exactly once. */
export function alignSentences(source: string[], target: string[], options: AlignOptions = {}): AlignmentGroup[] {
  return alignUnits(source.map((text) => unitOf(text)), target.map((text) => unitOf(text)), options);
}

/** Paragraphs that translate each other, the same way (a paragraph's length is its characters). */
export function alignParagraphs(source: string[], target: string[], options: AlignOptions = {}): AlignmentGroup[] {
  return alignUnits(source.map((text) => unitOf(text)), target.map((text) => unitOf(text)), options);
}

function unitOf(text: string, nameKeys?: Map<string, string>): AlignmentUnit {
  return { length: text.trim().length, anchors: anchorsOf(text, nameKeys) };
}

/** A block as one unit: its sentences' lengths (and the spaces between them) and all their anchors. */
function blockUnit(sentences: AlignmentUnit[]): AlignmentUnit {
  return { length: sentences.reduce((total, s) => total + s.length, sentences.length - 1), anchors: sentences.flatMap((s) => s.anchors).sort() };
}

/** A group of aligned sentences, as spans of the source text and of the target text. */
export type AlignedSpans = { source: SegmentSpan[]; target: SegmentSpan[] };

export type TextAlignment = { source: SegmentedText; target: SegmentedText; groups: AlignedSpans[] };

export type TextLanguages = { sourceLanguage?: string; targetLanguage?: string; format?: "text" | "markdown" };

/** Segments both texts (each with its own language's rules) and aligns them. */
export function alignTexts(sourceText: string, targetText: string, options: TextLanguages = {}): TextAlignment {
  const source = segmentText(sourceText, { language: options.sourceLanguage, format: options.format });
  const target = segmentText(targetText, { language: options.targetLanguage, format: options.format });
  return { source, target, groups: alignSegmentedTexts(source, target) };
}

/**
 * Groups of sentences of two segmented texts: blocks (paragraphs, titles, headings) are paired first, then the
 * sentences of each pair of blocks. A group never crosses a block boundary on either side, so each group's target
 * sentences sit in one block of the target's structure.
 */
export function alignSegmentedTexts(source: SegmentedText, target: SegmentedText): AlignedSpans[] {
  return runSteps(alignSegmentedTextsSteps(source, target));
}

/** Blocks between two pauses, so a cooperative runner (lib/segment/steps.ts) can serve other requests meanwhile. */
const PAUSE_EVERY_BLOCKS = 200;

/** alignSegmentedTexts as resumable work: it pauses every few hundred blocks. */
export function* alignSegmentedTextsSteps(source: SegmentedText, target: SegmentedText): Steps<AlignedSpans[]> {
  const sourceBlocks = source.blocks.filter((block) => block.segments.length > 0);
  const targetBlocks = target.blocks.filter((block) => block.segments.length > 0);
  // Each sentence's anchors are found once, and a name's key once per alignment: blocks reuse their sentences' units.
  const nameKeys = new Map<string, string>();
  const sourceUnits: AlignmentUnit[][] = [];
  const targetUnits: AlignmentUnit[][] = [];
  for (const [blocks, units] of [[sourceBlocks, sourceUnits], [targetBlocks, targetUnits]] as const) {
    for (const block of blocks) {
      units.push(block.segments.map((s) => unitOf(s.text, nameKeys)));
      if (units.length % PAUSE_EVERY_BLOCKS === 0) yield;
    }
  }
  const sourceLength = sourceBlocks.reduce((total, block) => total + lengthOf(block.segments), 0);
  const targetLength = targetBlocks.reduce((total, block) => total + lengthOf(block.segments), 0);
  const ratio = sourceLength > 0 && targetLength > 0 ? targetLength / sourceLength : 1;
  const paragraphs = alignUnits(sourceUnits.map(blockUnit), targetUnits.map(blockUnit), { ratio });
  const groups: AlignedSpans[] = [];
  for (const [k, paragraph] of paragraphs.entries()) {
    if (k % PAUSE_EVERY_BLOCKS === PAUSE_EVERY_BLOCKS - 1) yield;
    const sourceSide = sentencesOf(paragraph.source.map((k) => sourceBlocks[k].segments));
    const targetSide = sentencesOf(paragraph.target.map((k) => targetBlocks[k].segments));
    const sentences = alignUnits(paragraph.source.flatMap((k) => sourceUnits[k]), paragraph.target.flatMap((k) => targetUnits[k]), {
      ratio,
      sourceBreaks: sourceSide.breaks,
      targetBreaks: targetSide.breaks,
    });
    for (const group of sentences) {
      groups.push({ source: group.source.map((k) => sourceSide.sentences[k]), target: group.target.map((k) => targetSide.sentences[k]) });
    }
  }
  return groups;
}

function sentencesOf(blocks: SegmentSpan[][]): { sentences: SegmentSpan[]; breaks: Set<number> } {
  const sentences: SegmentSpan[] = [];
  const breaks = new Set<number>();
  for (const segments of blocks) {
    if (sentences.length > 0) breaks.add(sentences.length);
    sentences.push(...segments);
  }
  return { sentences, breaks };
}

function lengthOf(segments: SegmentSpan[]): number {
  let total = 0;
  for (const segment of segments) total += segment.text.length;
  return total;
}
