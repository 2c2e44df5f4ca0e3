// Sentence boundaries, by hand: no npm segmenter passes the Golden Rules (see bench/segment.ts).
import { isBang, isBullet, isSpace, isSpaceAt, skipClosers, skipSpaces, trimRange } from "./chars";
import { getLanguageRules } from "./languages";
import { findListCuts, isListMarkerWord } from "./list-markers";
import { isAttribution, readNext } from "./next-token";
import { endsGluedSentence, footnoteEnd, periodEndsSentence, wordStartBefore } from "./period";
import { findQuoteSpans } from "./quotes";
import { BANG, DOT, NEWLINE, SPACED, TIGHT, terminatorTable } from "./terminators";
import type { LanguageRules, SentenceRange } from "./types";

const PERIOD = 46;
const NO_QUOTES: number[] = [];

/** Sentences of one block's text, trimmed, in order; every non-whitespace character is in exactly one. */
export function splitSentences(text: string, language = "en"): SentenceRange[] {
  return findSentences(text, getLanguageRules(language));
}

export function findSentences(text: string, rules: LanguageRules): SentenceRange[] {
  return rangesBetween(text, new Scanner(text, rules).run());
}

class Scanner {
  readonly cuts: number[] = [];
  private readonly listCuts: number[];
  private nextListCut = 0;
  private lastCut = 0;
  private readonly table: Uint8Array;
  /** Quotations and brackets, flat [open, close, title, ...]; `nextQuote` is the first whose close is not behind the scan. */
  private readonly quotes: number[];
  private nextQuote = 0;

  constructor(private readonly text: string, private readonly rules: LanguageRules) {
    this.listCuts = findListCuts(text);
    this.table = terminatorTable(rules);
    this.quotes = rules.keepsQuotations ? findQuoteSpans(text) : NO_QUOTES;
  }

  run(): number[] {
    const { text, table } = this;
    let i = 0;
    while (i < text.length) {
      while (this.nextListCut < this.listCuts.length && this.listCuts[this.nextListCut] <= i) {
        this.lastCut = this.listCuts[this.nextListCut++];
      }
      switch (table[text.charCodeAt(i)]) {
        case DOT: i = this.afterDots(i); break;
        case BANG: i = this.afterBangs(i); break;
        case NEWLINE: i = this.afterNewline(i); break;
        case TIGHT: i = this.afterTight(i); break;
        case SPACED: i = this.afterSpaced(i); break;
        default: i++;
      }
    }
    return this.listCuts.length === 0 ? this.cuts : mergeSorted(this.cuts, this.listCuts);
  }

  /** Inside a quotation or bracket that the terminator at `i` does not close (`end` is past its closers). */
  private quoted(i: number, end: number): boolean {
    const { quotes } = this;
    while (this.nextQuote < quotes.length && quotes[this.nextQuote + 1] < i) this.nextQuote += 3;
    const q = this.nextQuote;
    return q < quotes.length && quotes[q] < i && (end <= quotes[q + 1] || quotes[q + 2] === 1);
  }

  /** A sentence ends at `at`, found after the terminator at `i`, unless a quotation goes on past it. */
  private cutUnlessQuoted(i: number, at: number): number {
    return this.quoted(i, at) ? at : this.cutAt(at);
  }

  private afterTight(i: number): number {
    const { text, table } = this;
    if (text[i] === "．" && isDigitish(text.charCodeAt(i - 1)) && isDigitish(text.charCodeAt(i + 1))) return i + 1; // ３．５％
    let k = i + 1;
    while (k < text.length && (table[text.charCodeAt(k)] === TIGHT || table[text.charCodeAt(k)] === BANG)) k++;
    const end = skipClosers(text, k);
    if (end > k && isHiragana(text.charCodeAt(end))) return end; // 「行く！」と言った: a particle goes on after the quotation
    return this.quoted(i, end) ? end : this.cutAt(end);
  }

  /** "։" and the language's extra ends (Armenian ":", Greek ";") end a sentence before whitespace. */
  private afterSpaced(i: number): number {
    const { text } = this;
    const end = skipClosers(text, i + 1);
    if (end < text.length && !isSpaceAt(text, end)) return end;
    const next = readNext(text, end);
    if (next.kind === "none" || next.kind === "lower") return end;
    return this.cutUnlessQuoted(i, next.end);
  }

  private cutAt(at: number): number {
    this.cuts.push(at);
    this.lastCut = at;
    return at;
  }

  /** A blank line always ends a sentence. */
  private afterNewline(i: number): number {
    const after = skipSpaces(this.text, i + 1);
    const gap = this.text.slice(i + 1, after);
    return gap.includes("\n") ? this.cutAt(after) : after;
  }

  private afterBangs(i: number): number {
    const { text } = this;
    let k = i;
    while (k < text.length && (isBang(text.charCodeAt(k)) || text.charCodeAt(k) === PERIOD)) k++;
    const end = skipClosers(text, k);
    if (end < text.length && !isSpaceAt(text, end)) return end;
    const next = readNext(text, end);
    if (next.kind === "none" || next.kind === "lower") return end;
    const quoted = end > k && text.slice(k, end).search(/["'”’»“«]/) !== -1;
    if (quoted && isAttribution(text, next.at, this.rules.speechVerbs)) return end;
    return this.cutUnlessQuoted(i, next.end);
  }

  private afterDots(i: number): number {
    const { text } = this;
    const run = readDotRun(text, i);
    if (text[i - 1] === "[" && text[run.end] === "]") return run.end; // "[...]" marks an omission
    const end = skipClosers(text, run.end);
    if (end < text.length && !isSpaceAt(text, end)) {
      if (run.kind === "period" && end === run.end && endsGluedSentence(text, i)) return this.cutUnlessQuoted(i, end);
      const footnote = run.kind === "period" && end === run.end ? footnoteEnd(text, i, this.rules) : -1;
      if (footnote > 0) return this.cutUnlessQuoted(i, footnote);
      return Math.max(end, i + 1);
    }
    const next = readNext(text, end);
    if (next.kind === "none" || next.kind === "lower") return end;
    if (run.kind === "ellipsis") return next.kind === "upper" ? this.cutUnlessQuoted(i, next.end) : end;
    if (run.kind === "spaced") {
      // Golden Rules: ". . ." continues, " . . . ." ends a sentence, "word. . . ." ends at the word's period.
      if (run.dots < 4 || next.kind !== "upper") return end;
      return run.attached ? this.cutAt(i + 1) : this.cutAt(next.end);
    }
    const wordStart = wordStartBefore(text, i);
    if (this.atSentenceStart(wordStart) && isListMarkerWord(text.slice(wordStart, i))) return end;
    if (!periodEndsSentence(text, i, next, end > run.end, this.rules, this.lastCut)) return end;
    return this.cutUnlessQuoted(i, next.end);
  }

  private atSentenceStart(wordStart: number): boolean {
    if (wordStart - this.lastCut > 8) return false;
    for (let j = this.lastCut; j < wordStart; j++) {
      if (!isSpace(this.text.charCodeAt(j)) && !isBullet(this.text[j])) return false;
    }
    return true;
  }
}

type DotRun = { kind: "period" | "ellipsis" | "spaced"; end: number; dots: number; attached: boolean };

function readDotRun(text: string, i: number): DotRun {
  let k = i;
  while (k < text.length && (text[k] === "." || text[k] === "…")) k++;
  if (k - i > 1 || text[i] === "…") return { kind: "ellipsis", end: k, dots: k - i, attached: true };
  let dots = 1;
  let m = k;
  while (text[m] === " " && text[m + 1] === ".") {
    m += 2;
    dots++;
  }
  const attached = i > 0 && !isSpace(text.charCodeAt(i - 1));
  return dots >= 3 ? { kind: "spaced", end: m, dots, attached } : { kind: "period", end: k, dots: 1, attached };
}

const isHiragana = (c: number): boolean => c >= 0x3041 && c <= 0x309f;
/** ASCII or full-width digits. */
const isDigitish = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);

function mergeSorted(a: number[], b: number[]): number[] {
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) merged.push(j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++]);
  return merged;
}

/** `cuts` are sorted; each piece between them, trimmed, is a sentence unless it is blank. */
function rangesBetween(text: string, cuts: number[]): SentenceRange[] {
  const ranges: SentenceRange[] = [];
  let from = 0;
  for (let c = 0; c <= cuts.length; c++) {
    const cut = c < cuts.length ? cuts[c] : text.length;
    if (cut < from) continue;
    const range = trimRange(text, from, cut);
    if (range.end > range.start) ranges.push(range);
    from = cut;
  }
  return ranges;
}
