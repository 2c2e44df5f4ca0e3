// Anchors that survive translation (numbers, names, quotes, ? and !), by hand: a coarse consonant key of a
// transliterated name is what matching needs, and no transliteration package gives one.

const CYRILLIC: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l", м: "m",
  н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "sh",
  ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya", і: "i", ї: "i", є: "e", ґ: "g", ў: "u",
};

/** Spellings that sound alike across Russian and English transliteration: Женева / Geneva, Вашингтон / Washington. */
const FOLDS: Record<string, string> = { dzh: "g", zh: "g", j: "g", kh: "k", ch: "k", ck: "k", c: "k", q: "k", sh: "s", ts: "s", z: "s", ph: "f", th: "t", x: "ks", w: "v" };
const FOLD = /dzh|zh|kh|ch|ck|sh|ts|ph|th|[jcqzxw]/g;
const CONSONANTS = "bdfgklmnprstv";
/** Longest start of a word that a three-consonant key can need (kept short: the key is computed for every capitalised word). */
const KEY_PREFIX = 12;

/** A name's key: its first three folded consonants ("Лаврова" and "Lavrov" both give "lvr"). */
export function nameKey(word: string): string {
  let latin = "";
  for (const ch of word.slice(0, KEY_PREFIX).toLowerCase()) latin += CYRILLIC[ch] ?? ch;
  if (latin.startsWith("eu")) latin = `ev${latin.slice(2)}`;
  const folded = latin.replace(FOLD, (match) => FOLDS[match]);
  let key = "";
  for (const ch of folded) {
    if (key.length === 3) break;
    if (CONSONANTS.includes(ch) && key[key.length - 1] !== ch) key += ch;
  }
  return key;
}

const NUMBER = /\p{Nd}[\p{Nd}.,\u00a0\u202f\u2009 ]*\p{Nd}|\p{Nd}/gu;
const CAPITALISED = /\p{Lu}[\p{L}'’-]*/gu;
const QUOTES = /["«»“”„]/;

/**
 * A sentence's anchors, as a sorted list of tokens: each number by its digits ("1 000", "1,000" and "1000" are one),
 * each capitalised word by its name key (the sentence's first word only when its key is three consonants long, as
 * names are), and "?", "!", quotes and brackets once each.
 */
export function anchorsOf(sentence: string, nameKeys?: Map<string, string>): string[] {
  const anchors: string[] = [];
  for (const match of sentence.matchAll(NUMBER)) anchors.push(`#${match[0].replace(/\D/g, "")}`);
  const firstLetter = sentence.search(/\p{L}/u);
  for (const match of sentence.matchAll(CAPITALISED)) {
    let key = nameKeys?.get(match[0]);
    if (key === undefined) {
      key = nameKey(match[0]);
      nameKeys?.set(match[0], key);
    }
    if (key.length >= (match.index === firstLetter ? 3 : 2)) anchors.push(`@${key}`);
  }
  const end = sentence.trimEnd();
  if (/[?？]["»”)]*$/.test(end)) anchors.push("?");
  if (/[!！]/.test(sentence)) anchors.push("!");
  if (QUOTES.test(sentence)) anchors.push("\"");
  if (/[(（]/.test(sentence)) anchors.push("(");
  return anchors.sort();
}

const MATCH_BONUS: Record<string, number> = { "#": 2, "@": 1, "?": 1, "!": 0.5, "\"": 0.5, "(": 0.5 };
const MISS_COST: Record<string, number> = { "#": 1, "@": 0.25, "?": 1, "!": 0.25, "\"": 0.25, "(": 0.25 };

/** Anchors as sorted integer codes, so the aligner's inner loop compares numbers and allocates nothing. */
export class AnchorCodes {
  private readonly codes = new Map<string, number>();
  private readonly bonus: number[] = [];
  private readonly miss: number[] = [];

  encode(anchors: readonly string[]): Int32Array {
    const encoded = new Int32Array(anchors.length);
    anchors.forEach((anchor, k) => {
      let code = this.codes.get(anchor);
      if (code === undefined) {
        code = this.codes.size;
        this.codes.set(anchor, code);
        this.bonus.push(MATCH_BONUS[anchor[0]]);
        this.miss.push(MISS_COST[anchor[0]]);
      }
      encoded[k] = code;
    });
    return encoded.sort();
  }

  /** Cost change for pairing two lists: a bonus (negative) per shared anchor, a penalty per anchor left alone. */
  cost(source: Int32Array, target: Int32Array): number {
    let cost = 0;
    let i = 0;
    let j = 0;
    while (i < source.length && j < target.length) {
      const a = source[i];
      const b = target[j];
      if (a === b) {
        cost -= this.bonus[a];
        i++;
        j++;
      } else if (a < b) {
        cost += this.miss[a];
        i++;
      } else {
        cost += this.miss[b];
        j++;
      }
    }
    for (; i < source.length; i++) cost += this.miss[source[i]];
    for (; j < target.length; j++) cost += this.miss[target[j]];
    return cost;
  }
}

export function mergeCodes(a: Int32Array, b: Int32Array): Int32Array {
  const merged = new Int32Array(a.length + b.length);
  merged.set(a);
  merged.set(b, a.length);
  return merged.sort();
}
