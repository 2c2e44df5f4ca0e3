// Finds a (multi-word) term in a text by word stems, so inflected forms match: "Минфина" for "Минфин".
import { distance } from "fastest-levenshtein";
import { stemmerFor } from "./stemmers";
import { wordsOf, type Word } from "./text";
import { romanise, spellingKey } from "./transliteration";

export type Span = { start: number; end: number };

const FUNCTION_WORDS = new Set(["of", "the", "a", "an", "for", "and", "on", "in", "to", "de", "la", "le", "des", "du", "der", "die", "das", "von"]);

export function stemsOf(text: string, language: string): string[] {
  const stem = stemmerFor(language);
  return wordsOf(text).map((word) => stem(word.text));
}

/**
 * Whether two stems are one word's: equal, or, in Cyrillic, one the other plus at most two letters. The Russian stemmer
 * cuts a surname's "-ов" as a plural ending ("Лавров" → "лавр", "Лаврова" → "лавров") and a name's "-ей" ("Сергей"
 * → "серг", "Сергея" → "серге"), so the forms of one name can stem apart.
 */
export function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.length - short.length <= 2 && long.startsWith(short) && CYRILLIC.test(short);
}

const CYRILLIC = /^[\u0400-\u04FF]+$/;

/** Every place the term's words occur in a row, each in any inflected form. */
export function findTerm(words: Word[], stems: string[], term: string[]): Span[] {
  const spans: Span[] = [];
  if (term.length === 0) return spans;
  for (let i = 0; i + term.length <= words.length; i++) {
    if (term.every((stem, k) => sameStem(stems[i + k], stem))) spans.push({ start: words[i].start, end: words[i + term.length - 1].end });
  }
  return spans;
}

/**
 * A phrase with the same content words as the term in another order or with other small words between them
 * ("Ministry of Finance" for "Finance Ministry"): how an MT usually renders a term it was not told about.
 */
export function findReworded(words: Word[], stems: string[], term: string[]): Span | undefined {
  const content = term.filter((stem) => !FUNCTION_WORDS.has(stem));
  if (content.length < 2) return undefined;
  const want = [...content].sort().join(" ");
  for (let i = 0; i < words.length; i++) {
    const seen: string[] = [];
    for (let j = i; j < words.length && j < i + content.length * 2 + 1; j++) {
      if (FUNCTION_WORDS.has(stems[j])) {
        if (j === i) break;
        continue;
      }
      seen.push(stems[j]);
      if (seen.length === content.length) {
        if ([...seen].sort().join(" ") === want) return { start: words[i].start, end: words[j].end };
        break;
      }
    }
  }
  return undefined;
}

/** The spelling keys of a source term's words, for findRomanised. */
export function romanisedKeys(sourceTerm: string): string[] {
  return wordsOf(sourceTerm).map((word) => spellingKey(romanise(word.text)));
}

/** The source term transliterated into the MT ("Minfin" for "Минфин"), word by word, allowing an inflected ending. */
export function findRomanised(words: Word[], term: string[]): Span[] {
  if (term.length === 0 || term.some((key) => key.length < 4)) return [];
  const close = (word: Word, key: string) => {
    const candidate = spellingKey(word.text);
    return candidate[0] === key[0] && distance(candidate, key) <= Math.max(1, Math.floor(key.length / 5));
  };
  const spans: Span[] = [];
  for (let i = 0; i + term.length <= words.length; i++) {
    if (term.every((key, k) => close(words[i + k], key))) spans.push({ start: words[i].start, end: words[i + term.length - 1].end });
  }
  return spans;
}
