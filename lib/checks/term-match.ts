// Finds a (multi-word) term in a text by word stems, so inflected forms match: "Минфина" for "Минфин".
import { distance } from "fastest-levenshtein";
import { stemmerFor } from "./stemmers";
import { wordsOf, type Word } from "./text";
import { romanise, spellingKey } from "./transliteration";

export type Span = { start: number; end: number };
/** A word of a glossary term: its stem, and its whole form lower-cased, which tells its stem's forms from other words'. */
export type TermWord = { stem: string; lower: string };

const FUNCTION_WORDS = new Set(["of", "the", "a", "an", "for", "and", "on", "in", "to", "de", "la", "le", "des", "du", "der", "die", "das", "von"]);

export function stemsOf(text: string, language: string): string[] {
  return termOf(text, language).map((word) => word.stem);
}

export function termOf(text: string, language: string): TermWord[] {
  const stem = stemmerFor(language);
  return wordsOf(text).map((word) => ({ stem: stem(word.text), lower: lowerOf(word.text) }));
}

/** A term matched as written, each word lower-cased. */
export function termAsWritten(text: string): TermWord[] {
  return wordsOf(text).map((word) => ({ stem: word.text.toLowerCase(), lower: lowerOf(word.text) }));
}

const lowerOf = (word: string) => word.toLowerCase().replace(/ё/g, "е");

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

// Russian prepositions, conjunctions, pronouns and adverbs that are also a form of a noun ("после": "посол"'s
// prepositional, and far more often "after"); a term never matches one unless it is that very word.
const RU_FUNCTION_WORDS = new Set(
  ("после перед между около среди через вокруг против кроме вместо затем также тоже когда пока почти снова вновь сейчас теперь тогда " +
    "здесь там где куда что чтобы если хотя потому поэтому при для без под над за из от до по на во со ко об обо про как так уже еще " +
    "только даже очень более менее его ее их ему ей им ими нем ней них этот эта это эти этого этой этим этих том тем тех той того весь " +
    "вся все всего всей всем всех сам сама само сами самого свой своего своей свои своих себя себе собой который которая которое которые").split(" "),
);

/**
 * Whether a text word is a form of a term's word. Besides an equal stem, in Cyrillic: a stem the stemmer cut one letter
 * or two further than the other's, the other's whole word still holding it (Лавров: лавр, Лаврова: лавров; Сергей:
 * серг, Сергея: серге; but Иван is not Иванов), and a vowel that drops in the other forms (посол: посла, рынок: рынка).
 */
export function formOfTermWord(term: TermWord, stem: string, lower: string): boolean {
  if (RU_FUNCTION_WORDS.has(lower) && lower !== term.lower) return false;
  if (term.stem === stem) return true;
  if (!CYRILLIC.test(stem) || !CYRILLIC.test(term.stem)) return false;
  return cutFurther(term.stem, stem, term.lower) || cutFurther(stem, term.stem, lower) || withoutFleetingVowel(term.stem) === stem || withoutFleetingVowel(stem) === term.stem;
}

function cutFurther(short: string, long: string, shortWord: string): boolean {
  return short.length >= 4 && long.length - short.length <= 2 && long.startsWith(short) && shortWord.startsWith(long);
}

const FLEETING = /^(\p{L}+[^аеиоуыэюяйь])[ое]([^аеиоуыэюяйь])$/u;

function withoutFleetingVowel(stem: string): string | undefined {
  const m = FLEETING.exec(stem);
  return m ? m[1] + m[2] : undefined;
}

/** Every place the term's words occur in a row, each in any inflected form. */
export function findTerm(words: Word[], stems: string[], term: TermWord[]): Span[] {
  const spans: Span[] = [];
  if (term.length === 0) return spans;
  const lower = words.map((word) => lowerOf(word.text));
  for (let i = 0; i + term.length <= words.length; i++) {
    if (term.every((t, k) => formOfTermWord(t, stems[i + k], lower[i + k]))) spans.push({ start: words[i].start, end: words[i + term.length - 1].end });
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
