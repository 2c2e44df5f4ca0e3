// Quotations and brackets inside a block, by hand: a terminator inside one ends no sentence unless it closes it.
import { isSpace } from "./chars";

/** Longer "quotations" are more likely a stray quote mark than a quoted passage. */
const MAX_QUOTE = 600;
const MARKS = /["“„«»「『《〈（(【”“»«」』》〉）)】\n]/g;
const CLOSING: Record<string, string> = {
  "“": "”",
  "„": "“”",
  "«": "»",
  "»": "«",
  "「": "」",
  "『": "』",
  "《": "》",
  "〈": "〉",
  "（": "）",
  "(": ")",
  "【": "】",
};

/** An ASCII quote opens at the start, after whitespace or an opening bracket, and before a non-space. */
function opensStraightQuote(text: string, i: number): boolean {
  if (i + 1 >= text.length || isSpace(text.charCodeAt(i + 1))) return false;
  return i === 0 || isSpace(text.charCodeAt(i - 1)) || "([{—–-:".includes(text[i - 1]);
}

/** "»" opens a Danish or German »…« quotation only after whitespace and before a letter. */
function opens(text: string, i: number): string | null {
  const ch = text[i];
  if (ch === "\"") return opensStraightQuote(text, i) ? "\"" : null;
  if (ch === "»") return (i === 0 || isSpace(text.charCodeAt(i - 1))) && i + 1 < text.length && !isSpace(text.charCodeAt(i + 1)) ? "«" : null;
  return CLOSING[ch] ?? null;
}

/** Chinese title marks: 《活着！》 names a book, so even a terminator right before "》" ends no sentence. */
const TITLE_MARKS = "《〈";

/**
 * Outermost quotations and brackets that close within the same line: flat [open, close, title, ...] triples
 * (title is 1 for 《…》 and 〈…〉), in ascending order. One regex walk, so linear in the text.
 */
export function findQuoteSpans(text: string): number[] {
  const spans: number[] = [];
  let open = -1;
  let closers = "";
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m !== null; m = MARKS.exec(text)) {
    const i = m.index;
    const ch = text[i];
    if (open >= 0) {
      if (ch === "\n" || i - open > MAX_QUOTE) open = -1;
      else if (closers.includes(ch)) {
        spans.push(open, i, TITLE_MARKS.includes(text[open]) ? 1 : 0);
        open = -1;
        continue;
      } else continue;
    }
    const wanted = ch === "\n" ? null : opens(text, i);
    if (wanted !== null) {
      open = i;
      closers = wanted;
    }
  }
  return spans;
}
