// What follows a candidate sentence end, by hand: the look-ahead every boundary rule needs.
import { isCloser, isDash, isDigit, isLetterChar, isLowerChar, isOpener, isSpaceAt, isUpperChar, skipSpaces } from "./chars";

export type NextToken = {
  /** Where the finished sentence ends: after a stray closing quote such as `Romania. "`. */
  end: number;
  kind: "upper" | "lower" | "digit" | "other" | "none";
  /** Where the next word starts, after any opening quote or dash. */
  at: number;
  /** The next word's letters, for sentence-starter look-ups. */
  word: string;
  /** The next word is one letter followed by "." (an initial like "J."), never a sentence starter. */
  initial: boolean;
};

const MAX_WORD = 24;
const SPACED_OPENERS = ")«“";

/** `end` is just after the terminator and its closers; the next sentence, if any, starts after whitespace. */
export function readNext(text: string, end: number): NextToken {
  const n = text.length;
  let at = skipSpaces(text, end);
  // A quote followed by whitespace cannot open a quotation: it closes the sentence before it.
  // Not ")" nor "«" or "“", which open French « … » and English “ … ” quotations followed by a space.
  if (at < n && isCloser(text[at]) && (at + 1 === n || isSpaceAt(text, at + 1)) && !SPACED_OPENERS.includes(text[at])) {
    end = at + 1;
    at = skipSpaces(text, end);
  }
  if (at >= n) return { end, kind: "none", at, word: "", initial: false };
  let p = at;
  for (let guard = 0; guard < 4 && p < n; guard++) {
    if (isOpener(text[p])) p++;
    else if (isDash(text[p])) {
      // "--" is a dash too: "and -- voila! -- you have cake."
      let q = p + 1;
      while (q < n && q - p < 3 && isDash(text[q])) q++;
      if (!(isSpaceAt(text, q) || isUpperChar(text[q] ?? ""))) break;
      p = skipSpaces(text, q);
    }
    else break;
  }
  if (p >= n) return { end, kind: "other", at: p, word: "", initial: false };
  const ch = text[p];
  const kind = isDigit(text.charCodeAt(p)) ? "digit" : isUpperChar(ch) ? "upper" : isLowerChar(ch) ? "lower" : "other";
  let q = p;
  while (q < n && q - p < MAX_WORD && isLetterChar(text[q])) q++;
  const word = text.slice(p, q);
  return { end, kind, at: p, word, initial: word.length === 1 && text[q] === "." };
}

const MAX_NAME_WORDS = 3;

/** `"Why?" Sergei Lavrov asked.`: up to three capitalised words, then a speech verb, continue the quotation's sentence. */
export function isAttribution(text: string, at: number, speechVerbs: ReadonlySet<string>): boolean {
  let p = at;
  for (let names = 0; names <= MAX_NAME_WORDS; names++) {
    let q = p;
    while (q < text.length && q - p < MAX_WORD && (isLetterChar(text[q]) || text[q] === "'" || text[q] === "-")) q++;
    if (q === p) return false;
    if (names > 0 && isLowerChar(text[p])) return speechVerbs.has(text.slice(p, q));
    if (!isUpperChar(text[p]) || text[q] !== " ") return false;
    p = q + 1;
  }
  return false;
}
