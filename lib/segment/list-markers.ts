// Inline lists ("1) first 2) second", "a. first b. second"), by hand: no npm segmenter splits them.
import { isBullet, isDigit, isSpaceAt, skipSpaces } from "./chars";

type Marker = { value: number; letter: boolean; punct: string; end: number };

function readMarker(text: string, at: number): Marker | null {
  let i = at;
  let value = 0;
  let letter = false;
  const first = text.charCodeAt(i);
  if (isDigit(first)) {
    while (i < text.length && i - at < 2 && isDigit(text.charCodeAt(i))) value = value * 10 + text.charCodeAt(i++) - 48;
  } else if (first >= 97 && first <= 122) {
    value = first;
    letter = true;
    i++;
  } else return null;
  const punct = text.startsWith(".)", i) ? ".)" : text[i] === "." || text[i] === ")" ? text[i] : "";
  if (!punct) return null;
  const end = i + punct.length;
  return isSpaceAt(text, end) ? { value, letter, punct, end } : null;
}

/** Where each item after the first starts, when `text` opens with a list marker; [] otherwise. */
const NONE: number[] = [];

export function findListCuts(text: string): number[] {
  const start = skipSpaces(text, 0);
  if (start >= text.length) return NONE;
  const cuts: number[] = [];
  const bullet = text[start];
  if (isBullet(bullet)) {
    for (let i = text.indexOf(bullet, start + 1); i !== -1; i = text.indexOf(bullet, i + 1)) {
      if (isSpaceAt(text, i - 1)) cuts.push(i);
    }
    return cuts;
  }
  const first = readMarker(text, start);
  if (!first) return NONE;
  let value = first.value;
  let from = first.end;
  for (;;) {
    const next = (first.letter ? String.fromCharCode(value + 1) : String(value + 1)) + first.punct;
    const at = text.indexOf(next, from);
    if (at === -1) return cuts;
    from = at + 1;
    if (isSpaceAt(text, at - 1) && isSpaceAt(text, at + next.length)) {
      cuts.push(at);
      value++;
      from = at + next.length;
    }
  }
}

/** "1", "12", "a", "⁃9": a word that, at the start of a sentence, numbers a list item rather than ends one. */
export function isListMarkerWord(word: string): boolean {
  let i = 0;
  while (i < word.length && isBullet(word[i])) i++;
  const rest = word.slice(i);
  if (rest.length === 0 || rest.length > 2) return false;
  if (rest.length === 1 && rest >= "a" && rest <= "z") return true;
  return isDigit(rest.charCodeAt(0)) && (rest.length === 1 || isDigit(rest.charCodeAt(1)));
}
