// Keyboard selection by word: a caret sits before word k (k = words.length is the end); Shift extends from the anchor.
import type { Span } from "./highlight-pieces";

export type Word = { start: number; end: number };
export type WordCursor = { anchor: number; focus: number };

// A word runs on through an apostrophe, hyphen, period or comma between its letters (don't, 9-10, U.S, 1,500.25); emoji are words;
// an imported tag's placeholder (⟦1⟧) is one step.
const STEP = /⟦\/?\d+⟧|[\p{L}\p{N}\p{M}\p{Extended_Pictographic}\u200D\uFE0F_]+(?:['’.,\-][\p{L}\p{N}\p{M}\p{Extended_Pictographic}\u200D\uFE0F_]+)*|[^\s\p{L}\p{N}\p{M}\p{Extended_Pictographic}\u200D\uFE0F_]+/gu;

/** The keyboard's steps: words, and runs of punctuation on their own, so "attack" is flagged without its comma and "\"," without "Ukraine". */
export function findWords(text: string): Word[] {
  return Array.from(text.matchAll(STEP), (match) => ({ start: match.index, end: match.index + match[0].length }));
}

export function cursorToSpan(words: Word[], textLength: number, { anchor, focus }: WordCursor): Span {
  const low = Math.min(anchor, focus);
  const high = Math.max(anchor, focus);
  if (low === high) {
    const at = low < words.length ? words[low].start : textLength;
    return { start: at, end: at };
  }
  return { start: words[low].start, end: words[high - 1].end };
}

/** The cursor closest to a span made with the mouse, so the keyboard can carry on from it. */
export function spanToCursor(words: Word[], span: Span): WordCursor {
  const anchor = words.findIndex((word) => word.end > span.start);
  const from = anchor === -1 ? words.length : anchor;
  const focus = span.start === span.end ? from : words.filter((word) => word.start < span.end).length;
  return { anchor: from, focus: Math.max(from, focus) };
}

export function moveCursor(cursor: WordCursor, key: string, extend: boolean, count: number): WordCursor | null {
  const targets: Record<string, number> = { ArrowRight: cursor.focus + 1, ArrowLeft: cursor.focus - 1, Home: 0, End: count };
  if (!(key in targets)) return null;
  const focus = Math.max(0, Math.min(count, targets[key]));
  return { anchor: extend ? cursor.anchor : focus, focus };
}

/** Trims the whitespace a mouse selection tends to catch at its edges. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

// Letters, digits and marks make up a word; surrogate halves count too, so a snap never splits an astral character.
const WORD_CHAR = /[\p{L}\p{N}\p{M}\uD800-\uDFFF]/u;
const isWord = (text: string, at: number) => at >= 0 && at < text.length && WORD_CHAR.test(text[at]);

/** Widens a span whose edges cut through a word to the whole word (a caret moves to the word's start); offsets stay UTF-16 code units. */
export function snapToWords(text: string, span: Span): Span {
  let { start, end } = trimSpan(text, span);
  const caret = start === end;
  while (start > 0 && isWord(text, start - 1) && isWord(text, start)) start--;
  if (caret) return { start, end: start };
  while (end < text.length && isWord(text, end - 1) && isWord(text, end)) end++;
  return { start, end };
}

/** Keeps an Alt (character) selection off the middle of a surrogate pair. */
export function wholeCharacters(text: string, span: Span): Span {
  const low = (at: number) => at > 0 && at < text.length && /[\uDC00-\uDFFF]/.test(text[at]);
  return trimSpan(text, { start: low(span.start) ? span.start - 1 : span.start, end: low(span.end) ? span.end + 1 : span.end });
}
