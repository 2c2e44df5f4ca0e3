// Character classes for the hand-written scanners: plain code comparisons keep them linear on any input.

/** Exactly the characters that String.prototype.trim() and /\s/ treat as whitespace. */
export function isSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

export const isSpaceAt = (text: string, i: number): boolean => i < text.length && isSpace(text.charCodeAt(i));

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

// ASCII first: these run on every word next to a period. Beyond ASCII, a table built once from toUpperCase() and
// toLowerCase() (which allocate a string per call) gives the same answers for Cyrillic, Greek, Armenian... text.
const UPPER = 1;
const LOWER = 2;
const LETTER = 4;
let cases: Uint8Array | null = null;

function caseTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let c = 128; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    table[c] = (ch !== lower && ch === upper ? UPPER : 0) | (ch !== upper ? LOWER : 0) | (lower !== upper ? LETTER : 0);
  }
  return table;
}

const caseOf = (c: number): number => (cases ??= caseTable())[c];

export function isUpperChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return (caseOf(c) & UPPER) !== 0;
}

export function isLowerChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return (caseOf(c) & LOWER) !== 0;
}

/** Cased letters only (Latin, Cyrillic, Greek...): what sentence-case rules can reason about. */
export function isLetterChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122;
  return (caseOf(c) & LETTER) !== 0;
}

const CLOSERS = new Set(["\"", "'", "”", "’", "»", "›", ")", "]", "}", "“", "«", "」", "』", "》", "〉", "）", "】", "］"]);
const OPENERS = new Set(["\"", "'", "“", "‘", "«", "‹", "„", "(", "[", "{", "¿", "¡"]);
const DASHES = new Set(["-", "–", "—", "‒", "―"]);
const BULLETS = new Set(["•", "◦", "▪", "‣", "⁃", "●", "·"]);

export const isCloser = (ch: string): boolean => CLOSERS.has(ch);
export const isOpener = (ch: string): boolean => OPENERS.has(ch);
export const isDash = (ch: string): boolean => DASHES.has(ch);
/** "!", "?", "‼", "⁇", "⁈", "⁉" */
export const isBang = (c: number): boolean => c === 33 || c === 63 || c === 0x203c || (c >= 0x2047 && c <= 0x2049);
export const isBullet = (ch: string): boolean => BULLETS.has(ch);

export function skipSpaces(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

// A reference mark right after a sentence's end ("Geneva.[1] The", "talks.[2][a]") belongs to that sentence.
const CITATION = /\[(?:\d{1,3}(?:[,–-]\s?\d{1,3})*|[a-z]|note \d{1,3}|citation needed)\]/y;

export function skipClosers(text: string, i: number): number {
  for (;;) {
    while (i < text.length && CLOSERS.has(text[i])) i++;
    if (text[i] !== "[") return i;
    CITATION.lastIndex = i;
    if (!CITATION.test(text)) return i;
    i = CITATION.lastIndex;
  }
}

/** [start, end) of `text` without surrounding whitespace; start === end when it is all whitespace. */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}
