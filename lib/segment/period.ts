// Does a period end a sentence? By hand: no npm segmenter passes the Golden Rules (see bench/segment.ts).
import { isLetterChar, isLowerChar, isOpener, isSpace, isUpperChar } from "./chars";
import type { NextToken } from "./next-token";
import type { LanguageRules } from "./types";

const MAX_WORD = 64;

/** Start of the word that ends at `end` (the period's index): back to whitespace or an opening bracket/quote. */
export function wordStartBefore(text: string, end: number): number {
  let i = end;
  const stop = Math.max(0, end - MAX_WORD);
  while (i > stop && !isSpace(text.charCodeAt(i - 1)) && !isOpener(text[i - 1])) i--;
  return i;
}

/** "U.S", "e.g", "a.m", "т.е": single letters joined by periods. */
function isInitials(word: string): boolean {
  if (word.length < 3 || word.length % 2 === 0) return false;
  for (let i = 0; i < word.length; i++) {
    if (i % 2 === 0 ? !isLetterChar(word[i]) : word[i] !== ".") return false;
  }
  return true;
}

/** The word before the one that starts at `wordStart`. */
function previousWord(text: string, wordStart: number): string {
  let i = wordStart;
  const stop = Math.max(0, wordStart - MAX_WORD);
  while (i > stop && isSpace(text.charCodeAt(i - 1))) i--;
  const end = i;
  while (i > stop && !isSpace(text.charCodeAt(i - 1))) i--;
  return text.slice(i, end);
}

function previousWordIsLowercase(text: string, wordStart: number): boolean {
  const word = previousWord(text, wordStart);
  return word.length > 0 && isLowerChar(word[0]);
}

/** "At 5 a.m." opening a sentence is an adverbial, not a sentence: "At 5 a.m. Mr. Smith went to the bank." */
function isTimePhrase(text: string, sentenceStart: number, dot: number): boolean {
  if (dot - sentenceStart > 24) return false;
  const words = text.slice(sentenceStart, dot).trim().split(/\s+/);
  return words.length <= 3 && isUpperChar(words[0][0] ?? "");
}

/**
 * A period at `dot`, followed by whitespace and then `next` (upper case or other). `closed` says a closing
 * quote or bracket came between the period and the whitespace.
 */
export function periodEndsSentence(
  text: string,
  dot: number,
  next: NextToken,
  closed: boolean,
  rules: LanguageRules,
  sentenceStart: number,
): boolean {
  if (closed) return true;
  const wordStart = wordStartBefore(text, dot);
  const word = withoutElision(text.slice(wordStart, dot));
  if (word.length === 0) return true;
  const lower = word.toLowerCase();
  const starter = next.kind === "upper" && !next.initial && rules.sentenceStarters.has(next.word.toLowerCase());
  if (rules.nonBreaking.has(lower) || (next.kind === "upper" && rules.titles.has(lower))) return false;
  if (next.kind === "digit") return digitStartsSentence(word, lower, rules);
  if (rules.timeAbbreviations.has(lower)) {
    const after = next.word.toLowerCase();
    if (next.kind !== "upper" || rules.timeZones.has(after) || rules.weekdays.has(after) || rules.months.has(after)) return false;
    return !isTimePhrase(text, sentenceStart, dot);
  }
  if (word.length === 1 && isLetterChar(word)) {
    if (word === "I" && previousWordIsLowercase(text, dot - 1)) return true;
    return starter;
  }
  if (isInitials(word)) return starter;
  if (isAbbreviation(lower, rules)) return starter || isUnitBeforeSentence(text, wordStart, lower, next, rules);
  // "1. -3. Jahrhundert": the second ordinal of a range keeps its dash.
  const ordinal = word.replace(/^[-–]/, "");
  if (rules.ordinalDot && ROMAN.test(ordinal)) return starter;
  if (rules.ordinalDot && NUMBER.test(ordinal)) return starter || (next.kind === "upper" && !rules.capitalizesNouns && !rules.months.has(next.word.toLowerCase()));
  return true;
}

/**
 * "5 руб. 50 коп. Дорого!": an abbreviation after a number is a unit, and a capitalised word after it starts a
 * sentence, except in German, which capitalises every noun ("ca. 10 Mio. Euro").
 */
function isUnitBeforeSentence(text: string, wordStart: number, lower: string, next: NextToken, rules: LanguageRules): boolean {
  if (next.kind !== "upper" || rules.capitalizesNouns || rules.titles.has(lower) || rules.months.has(lower)) return false;
  return NUMBER_WORD.test(previousWord(text, wordStart));
}

function isAbbreviation(lower: string, rules: LanguageRules): boolean {
  return rules.abbreviations.has(lower) || rules.abbreviationSuffixes.some((suffix) => lower.length > suffix.length && lower.endsWith(suffix));
}

/** "l'Ing" -> "Ing", "dell'art" -> "art": Italian and French elide an article into the abbreviation's word. */
function withoutElision(word: string): string {
  const apostrophe = Math.max(word.lastIndexOf("'"), word.lastIndexOf("’"));
  return apostrophe > 0 && apostrophe < word.length - 1 ? word.slice(apostrophe + 1) : word;
}

const NUMBER = /^\d{1,3}$/;
const NUMBER_WORD = /^\d[\d.,]*$/;
const ROMAN = /^[IVXLCDM]{1,7}$/;

/** A number or Roman numeral that an ordinal dot can follow ("12.", "XII."), unlike "1026.253.553". */
function isNumeral(word: string): boolean {
  return NUMBER.test(word) || ROMAN.test(word);
}

/** "was raak. 81 procent" starts a sentence; "p. 55", "No. 5", "art. 4" and an ordinal "12. 3." do not. */
function digitStartsSentence(word: string, lower: string, rules: LanguageRules): boolean {
  if (word.length === 1 && isLetterChar(word)) return false;
  if (isInitials(word) || isAbbreviation(lower, rules) || rules.numberAbbreviations.has(lower)) return false;
  if (rules.timeAbbreviations.has(lower)) return false;
  return !(rules.ordinalDot && isNumeral(word));
}

const FOOTNOTE_AFTER = /^\d{1,3}(?=\s+["“«(]?\p{Lu}\p{Ll})/u;

/**
 * "cognition (type 2).10 This model": a note number glued to a sentence's period belongs to that sentence; returns
 * where that sentence ends, or -1. Not after a number ("2.10"), nor an abbreviation ("p.154", "No.5").
 */
export function footnoteEnd(text: string, dot: number, rules: LanguageRules): number {
  const before = text[dot - 1] ?? "";
  if (!(isLowerChar(before) || before === ")")) return -1;
  const note = FOOTNOTE_AFTER.exec(text.slice(dot + 1, dot + 12));
  if (!note) return -1;
  const lower = text.slice(wordStartBefore(text, dot), dot).toLowerCase();
  if (isAbbreviation(lower, rules) || rules.numberAbbreviations.has(lower) || rules.nonBreaking.has(lower)) return -1;
  return dot + 1 + note[0].length;
}

// Bounded slices on both sides of the period, tested once each: linear however many periods a text holds.
const GLUED_BEFORE = /(?:^|[\s"“„«(\[])\p{Ll}{3,64}$/u;
const GLUED_AFTER = /^\p{Lu}[^\s./@:\\_]{0,63}(?:\s|$)/u;

/**
 * "жағдайы.XVIII ғасырдың": a period between a lower-case word and a capitalised one, with no space, ends a
 * sentence when the next word is not part of an address, a file name or a name like "Jane.Doe".
 */
export function endsGluedSentence(text: string, dot: number): boolean {
  const next = text.charCodeAt(dot + 1);
  if (next < 128 && (next < 65 || next > 90)) return false;
  return GLUED_AFTER.test(text.slice(dot + 1, dot + 66)) && GLUED_BEFORE.test(text.slice(Math.max(0, dot - 66), dot));
}
