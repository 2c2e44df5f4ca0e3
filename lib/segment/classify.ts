// Block kinds for news text, by hand: title, dateline, headings and footers follow no markup in MT output.
import { isDateline } from "./dateline";
import type { RawBlock } from "./lines";
import { inSlices, PAUSE_EVERY, type Steps } from "./steps";
import { isListItemLine } from "./text-blocks";
import type { BlockKind, LanguageRules } from "./types";

const META = /^(?:sources?|photos?|images?|video|author|authors|editor|edited by|translated by|translation|tags?|keywords|categor(?:y|ies)|published|updated|read also|read more|see also|related|credits?|via|original|link|url|источник|фото|автор|теги|читайте также)\s*:/i;
const BYLINE = /^by\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3}$/iu;
const FOOTER = /^(?:©|\(c\)|copyright\b|all rights reserved|subscribe|follow us|join us|share this|sign up|like us|download our|read us|подпис)/i;
const MAX_TITLE = 200;
const SENTENCE_END = /[.!?…。！？｡።፧፨။।॥۔؟։][\p{Pe}\p{Pf}"']*$/u;
const MAX_HEADING = 120;
const MAX_HEADING_WORDS = 16;
const MAX_QUESTION_WORDS = 12;
/** A short unpunctuated last line is a signature or source ("The Moscow Post"), not a heading. */
const MAX_SIGNATURE_WORDS = 6;

/** Every kind that the block's syntax did not already fix; `sentenceCounts[i]` is how many sentences block i has. */
export function* classifyBlocks(text: string, blocks: RawBlock[], rules: LanguageRules, sentenceCounts: number[]): Steps<BlockKind[]> {
  const kinds = blocks.map((block) => block.kind ?? null);
  const lineOf = (i: number) => text.slice(blocks[i].start, blocks[i].end);
  for (let i = blocks.length - 1; i > 0 && kinds[i] === null; i--) {
    if (i % PAUSE_EVERY === 0) yield;
    const line = lineOf(i);
    if (line.includes("\n") || line.length > MAX_TITLE) break;
    if (META.test(line)) kinds[i] = "meta";
    else if (isFooterLine(line)) kinds[i] = "footer";
    else break;
  }
  yield* inSlices(0, kinds.length, (from, until) => {
    for (let i = from; i < until; i++) kinds[i] ??= kindOf(lineOf(i), i, blocks, rules, sentenceCounts[i]);
    return until;
  });
  return kinds as BlockKind[];
}

function kindOf(line: string, i: number, blocks: RawBlock[], rules: LanguageRules, sentences: number): BlockKind {
  if (isListItemLine(line)) return "list_item";
  if (line.startsWith(">")) return "quote";
  if (META.test(line) || BYLINE.test(line)) return "meta";
  if (isDateline(line, rules)) return "dateline";
  if (line.includes("\n")) return "paragraph";
  if (i === 0 && isTitleLine(line, sentences, blocks.length)) return "title";
  if (sentences !== 1 || !isHeadingLine(line, blocks[i])) return "paragraph";
  if (i < blocks.length - 1) return "heading";
  return countWords(line) <= MAX_SIGNATURE_WORDS ? "meta" : "paragraph";
}

/**
 * A first line that is short and does not end like a sentence; several sentences ending with a terminator
 * ("I live in the U.S. How about you?") are a paragraph, and so are several sentences that are the whole text.
 */
function isTitleLine(line: string, sentences: number, blockCount: number): boolean {
  if (line.length > MAX_TITLE || /[.,;:]$/.test(line)) return false;
  return sentences <= 1 || (blockCount > 1 && !SENTENCE_END.test(line));
}

function isHeadingLine(line: string, block: RawBlock): boolean {
  if (line.length > MAX_HEADING) return false;
  const words = countWords(line);
  const last = line[line.length - 1];
  if (last === "?") return block.standalone && words <= MAX_QUESTION_WORDS;
  if (words > MAX_HEADING_WORDS || /[.,;:!…]$/.test(line)) return false;
  return /^[\p{Lu}\p{N}"“«'‘(]/u.test(line);
}

function countWords(line: string): number {
  let words = 1;
  for (let i = 1; i < line.length; i++) if (line[i] === " " && line[i - 1] !== " ") words++;
  return words;
}

/** Closing boilerplate: copyright, "subscribe" lines, a list of channel names in capitals. */
export function isFooterLine(line: string): boolean {
  if (FOOTER.test(line) || /all rights reserved/i.test(line) || /^https?:\/\/\S+$/.test(line)) return true;
  const capitals = line.match(/\b\p{Lu}[\p{Lu}.]+(?:\s\p{Lu}[\p{Lu}.]+)*(?=,|$)/gu);
  return (capitals?.length ?? 0) >= 2;
}
