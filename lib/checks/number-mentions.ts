// Finds the numbers, times and months a sentence mentions, as comparable values, by the conventions of its language.
import { combine, numberWord, type NumberWord } from "./number-words";

export type MentionKind = "number" | "time" | "month" | "weekday";

/**
 * `strong`: written in digits, or an unambiguous month or number phrase, so a difference is worth reporting;
 * `words`: spelled out, which an MT may add where the source has none ("the two sides" for "стороны").
 */
export type Mention = {
  kind: MentionKind;
  values: number[];
  start: number;
  end: number;
  text: string;
  strong: boolean;
  words?: boolean;
  scaled?: number;
  unit?: Unit;
  /** Written with a decimal comma ("2,3") in a language that writes a point. */
  decimalComma?: boolean;
};

/** A number's unit where it changes the value's scale: 1 percentage point is 100 basis points. */
export type Unit = "percent" | "basis-points";

const BASIS_POINTS = /^\s?(?:-\s?)?(?:basis[\s-]points?|bps?(?!\p{L})|б\.\s?п\.|базисн\p{L}*\s+пункт)/iu;
const PERCENT = /^\s?(?:%|п\.\s?п\.|процент|percent|per\s?cent|percentage[\s-]points?|pp(?!\p{L})|p\.\s?p\.)/iu;

const SCALES: [RegExp, number][] = [
  [/^(thousand|тыс\.?|тысяч\p{L}*)$/u, 1e3],
  [/^(million|mln|m|млн\.?|миллион\p{L}*)$/u, 1e6],
  [/^(billion|bn|млрд\.?|миллиард\p{L}*)$/u, 1e9],
  [/^(trillion|трлн\.?|триллион\p{L}*)$/u, 1e12],
];

const EN_WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const EN_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const RU_MONTHS = ["январ", "феврал", "март", "апрел", "ма[йяе]", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"];
const EN_MONTH = /\b(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)(?!\p{L})/gu;
const RU_MONTH = new RegExp(`(?<!\\p{L})(${RU_MONTHS.join("|")})\\p{L}{0,3}(?!\\p{L})`, "giu");
// Months that are also ordinary words count only next to a day or a year.
const AMBIGUOUS_MONTH = /^(May|March)$/;

const EN_WEEKDAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b/gu;
// Case endings spelled out, so "Пятницкая" (a street) is not a Friday; "среда" is also "environment", which an MT
// renders without a weekday, so it is only ever compared with one.
const RU_WEEKDAY = /(?<!\p{L})(понедельник|вторник|сред|четверг|пятниц|суббот|воскресень)(а|у|ы|е|и|ом|ой|ей|ем|ю|я|ов|ам|ами|ах|ям|ях)?(?!\p{L})/giu;
const NIGHT_BEFORE = /(?<!\p{L})ноч\p{L}*\s+(?:с\s+\p{L}+\s+)?на\s+$/iu;
const RU_WEEKDAYS = ["понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресень"];

const TIME = /(?<![\d.,:])([01]?\d|2[0-3]):([0-5]\d)(?:\s?([ap])\.?m\.?(?!\p{L}))?(?![\d:])/giu;
// "в 20.00": Russian writes a time with a dot too, after a word that introduces one.
const RU_DOTTED_TIME = /(?<=(?:^|[^\p{L}])(?:в|с|до|к|около|после)\s)([01]?\d|2[0-3])\.([0-5]\d)(?![\d.,]?\d)/giu;
const EN_HOUR = /(?<![\d.,:])(1[0-2]|0?[1-9])\s?([ap])\.?\s?m\.?(?!\p{L})/giu;
const RU_HOUR = /(?<=(?:^|[^\p{L}])(?:в|к|до|с|около|после)\s)(1[0-2]|0?[1-9])(?:\s+час(?:а|ов)?)?\s+(утра|вечера|ночи)(?!\p{L})/giu;
// "2/3": a fraction; its numerator also meets a spelled-out "two-thirds".
const FRACTION = /(?<![\d.,/])([1-9])\/([2-9]|10)(?![\d/])/g;
// "doubled", "threefold", "a quarter", "two thirds": multiples and fractions English writes in words.
const EN_MULTIPLE = /\b(?:(doubled?|twice|twofold)|(tripled?|thrice|threefold)|(quadrupled?|fourfold)|(fivefold)|(tenfold))\b/giu;
const EN_FRACTION = /\b(?:(?<!\band )(?:a|one)[ -](half|third|quarter|fifth)|(two|three)[ -](thirds|quarters|fifths))\b/giu;
const FRACTION_OF: Record<string, number> = { half: 2, third: 3, quarter: 4, fifth: 5, thirds: 3, quarters: 4, fifths: 5 };
const ROMAN = /(?<![\p{L}\d])(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?![\p{L}\d])/gu;
// "двухчасовой" (two-hour), "пятилетний" (five-year): a number inside an adjective.
const RU_COMPOUND = /(?<!\p{L})(одно|двух|дву|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти|десяти)\p{L}{3,}/giu;
const RU_COMPOUND_VALUES: Record<string, number> = { двух: 2, трех: 3, трёх: 3, четырех: 4, четырёх: 4, пяти: 5, шести: 6, семи: 7, восьми: 8, девяти: 9, десяти: 10 };
const RU_HALF = /(?<!\p{L})пол-?(процент|час|год|миллион|миллиард|метр|километр|век|тонн|литр|сут|дн|месяц|минут|сотн|тысяч)\p{L}*/giu;
// Half of each unit, and that half in the next smaller unit English may use instead.
const RU_HALF_UNITS: [string, number[]][] = [
  ["процент", [0.5]], ["час", [0.5, 30]], ["год", [0.5, 6]], ["миллион", [0.5, 5e5]], ["миллиард", [0.5, 5e8]], ["метр", [0.5, 50]],
  ["километр", [0.5, 500]], ["век", [0.5, 50]], ["тонн", [0.5, 500]], ["литр", [0.5]], ["сут", [0.5, 12]], ["дн", [0.5, 12]],
  ["месяц", [0.5, 2, 15]], ["минут", [0.5, 30]], ["сотн", [50]], ["тысяч", [500]],
];
const RU_DAY = /(?<!\p{L})(?:сутки|суток|суткам|сутками|сутках)(?!\p{L})/giu;
const HALF = /\b(?:(half an?)|an? \p{L}+ and a half)\b/giu;
const DOTTED_DATE = /(?<![\d.,])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d.,]\d)/g;

export function findMentions(text: string, language: string): Mention[] {
  const mentions: Mention[] = [];
  const taken: boolean[] = new Array(text.length).fill(false);
  const add = (mention: Mention) => {
    for (let i = mention.start; i < mention.end; i++) taken[i] = true;
    mentions.push(mention);
  };
  const free = (start: number, end: number) => !taken.slice(start, end).some(Boolean);

  const times = language === "ru" ? [...text.matchAll(TIME), ...text.matchAll(RU_DOTTED_TIME)] : text.matchAll(TIME);
  for (const m of times) {
    let hours = Number(m[1]);
    if (m[3]?.toLowerCase() === "p" && hours < 12) hours += 12;
    if (m[3]?.toLowerCase() === "a" && hours === 12) hours = 0;
    add({ kind: "time", values: [hours * 60 + Number(m[2])], start: m.index, end: m.index + m[0].length, text: m[0], strong: true });
  }
  // "6 p.m.", "в 10 вечера": an hour without minutes is a time too.
  for (const m of text.matchAll(language === "ru" ? RU_HOUR : EN_HOUR)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    const hour = Number(m[1]) % 12;
    const pm = language === "ru" ? /^веч/i.test(m[2]) || (/^ноч/i.test(m[2]) && hour >= 9) : m[2].toLowerCase() === "p";
    add({ kind: "time", values: [(pm ? hour + 12 : hour) * 60], start: m.index, end: m.index + m[0].length, text: m[0], strong: true });
  }
  for (const m of text.matchAll(DOTTED_DATE)) {
    if (!free(m.index, m.index + m[0].length) || Number(m[2]) < 1 || Number(m[2]) > 12) continue;
    const at = (group: number) => m.index + m[0].indexOf(m[group], group === 1 ? 0 : m[1].length + 1 + (group === 3 ? m[2].length + 1 : 0));
    const year = Number(m[3]);
    add({ kind: "number", values: [Number(m[1])], start: m.index, end: m.index + m[1].length, text: m[1], strong: true });
    add({ kind: "month", values: [Number(m[2])], start: at(2), end: at(2) + m[2].length, text: m[2], strong: true });
    add({ kind: "number", values: m[3].length === 2 ? [year, 2000 + year, 1900 + year] : [year], start: at(3), end: at(3) + m[3].length, text: m[3], strong: true });
  }
  for (const m of text.matchAll(FRACTION)) {
    const [numerator, denominator] = [Number(m[1]), Number(m[2])];
    if (numerator < denominator && free(m.index, m.index + m[0].length)) add({ kind: "number", values: [numerator / denominator, numerator], start: m.index, end: m.index + m[0].length, text: m[0], strong: true });
  }
  for (const m of text.matchAll(digitsPattern(language))) {
    const end = m.index + m[0].length;
    if (!free(m.index, end)) continue;
    const magnitude = parseDigits(m[0], language);
    if (magnitude === undefined) continue;
    const sign = signBefore(text, m.index, end);
    const start = m.index - sign.length;
    const value = sign.negative ? -magnitude : magnitude;
    // "90-х" (the nineties) is also 1990.
    const decade = value < 100 && value % 10 === 0 && /^-(?:х|е|x)/u.test(text.slice(end, end + 2)) ? [1900 + value, 2000 + value] : [];
    const scale = scaleAfter(text, end);
    const until = scale ? end + scale.length : end;
    // "2022–23": the second year of a range written with its last two digits.
    const century = /(\d\d)\d\d[-\u2013\u2014]$/.exec(text.slice(Math.max(0, start - 5), start));
    const year = century && m[0].length === 2 ? [Number(century[1]) * 100 + value] : [];
    const values = scale ? [value, value * scale.value] : [value, ...decade, ...year];
    // A fall in percent is as often written "fell by 2%" as "-2%": the sign of a percentage is not reported.
    if (sign.negative && /^\s?(%|процент|percent|per cent)/iu.test(text.slice(until, until + 9))) values.push(magnitude);
    // A number written onto a name ("G20", "MH17", "Q1") is part of the name, which the source may spell in words.
    const named = start > 0 && /\p{L}/u.test(text[start - 1]);
    const decimalComma = language !== "ru" && DECIMAL_COMMA.test(m[0]) ? { decimalComma: true } : {};
    add({ kind: "number", values, start, end: until, text: text.slice(start, until), strong: !named, ...(scale ? { scaled: value * scale.value } : {}), ...decimalComma });
  }
  for (const m of text.matchAll(HALF)) if (free(m.index, m.index + m[0].length)) add({ kind: "number", values: [m[1] ? 0.5 : 1.5], start: m.index, end: m.index + m[0].length, text: m[0], strong: false });
  if (language === "en") {
    for (const m of text.matchAll(EN_FRACTION)) {
      const value = (m[2] ? (m[2].toLowerCase() === "two" ? 2 : 3) : 1) / FRACTION_OF[(m[1] ?? m[3]).toLowerCase()];
      if (free(m.index, m.index + m[0].length)) add({ kind: "number", values: [value, m[2] ? value * FRACTION_OF[m[3].toLowerCase()] : 1], start: m.index, end: m.index + m[0].length, text: m[0], strong: true, words: true });
    }
    for (const m of text.matchAll(EN_MULTIPLE)) {
      const value = [2, 3, 4, 5, 10][m.slice(1).findIndex(Boolean)];
      if (free(m.index, m.index + m[0].length)) add({ kind: "number", values: [value], start: m.index, end: m.index + m[0].length, text: m[0], strong: true, words: true });
    }
  }
  for (const mention of wordNumbers(text, language)) if (free(mention.start, mention.end)) add(mention);
  if (language === "ru") {
    for (const m of text.matchAll(RU_COMPOUND)) {
      const value = numberWord(m[1] === "дву" ? "два" : m[1].replace(/х$/, "").replace(/^одно$/, "один"), language)?.value ?? RU_COMPOUND_VALUES[m[1]];
      if (value !== undefined && free(m.index, m.index + m[0].length)) add({ kind: "number", values: [value], start: m.index, end: m.index + m[0].length, text: m[0], strong: false });
    }
    // "полпроцента", "полчаса" (30 minutes), "полгода" (six months): half of a unit.
    for (const m of text.matchAll(RU_HALF)) {
      const unit = RU_HALF_UNITS.find(([stem]) => m[1].toLowerCase().startsWith(stem))!;
      if (free(m.index, m.index + m[0].length)) add({ kind: "number", values: unit[1], start: m.index, end: m.index + m[0].length, text: m[0], strong: false, words: true });
    }
    // "за сутки": a day, which English writes as "24 hours" as often as "a day".
    for (const m of text.matchAll(RU_DAY)) if (free(m.index, m.index + m[0].length)) add({ kind: "number", values: [24, 1], start: m.index, end: m.index + m[0].length, text: m[0], strong: false, words: true });
  }
  for (const mention of months(text, language)) add(mention);
  for (const mention of weekdays(text, language)) add(mention);
  for (const m of text.matchAll(ROMAN)) {
    if (m[0] !== "I" && m[0] !== "" && free(m.index, m.index + m[0].length)) add({ kind: "number", values: [romanValue(m[0])], start: m.index, end: m.index + m[0].length, text: m[0], strong: false });
  }
  rangeScales(text, mentions);
  for (const mention of mentions) {
    const after = text.slice(mention.end, mention.end + 24);
    if (mention.kind !== "number") continue;
    if (BASIS_POINTS.test(after)) mention.unit = "basis-points";
    else if (PERCENT.test(after)) mention.unit = "percent";
  }
  return mentions.sort((a, b) => a.start - b.start);
}

const RANGE = /^\s*(?:до|по|или|и|to|and|or|-|–|—)\s*$/iu;

/** "от 50 до 100 тыс.", "50-100 thousand": the scale written once counts for both ends of the range. */
function rangeScales(text: string, mentions: Mention[]) {
  const numbers = mentions.filter((m) => m.kind === "number").sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < numbers.length; i++) {
    const [low, high] = [numbers[i], numbers[i + 1]];
    if (low.scaled !== undefined || high.scaled === undefined || high.values[0] === 0 || !RANGE.test(text.slice(low.end, high.start))) continue;
    const scale = high.scaled / high.values[0];
    low.values = [...low.values, ...low.values.map((v) => v * scale)];
  }
}

function digitsPattern(language: string): RegExp {
  // Russian groups thousands with (narrow) spaces and writes a decimal comma; English groups with commas.
  if (language === "ru") return /(?<![\d.,])\d{1,3}(?:[ \u00A0\u202F\u2009]\d{3})+(?:,\d+)?(?![\d])|(?<![\d.,])\d+(?:[.,]\d+)?(?![\d])/g;
  // "2,3" (a comma before one or two digits) is a decimal comma, wrong in English but still 2.3.
  return /(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)|(?<![\d.,])\d+,\d{1,2}(?![\d,])|(?<![\d.,])\d+(?:\.\d+)?(?![\d])/g;
}

const DECIMAL_COMMA = /^\d+,\d{1,2}$/;

function parseDigits(digits: string, language: string): number | undefined {
  const normal = language === "ru" || DECIMAL_COMMA.test(digits) ? digits.replace(/[ \u00A0\u202F\u2009]/g, "").replace(",", ".") : digits.replace(/,/g, "");
  const value = Number(normal);
  return Number.isFinite(value) ? value : undefined;
}

// A minus is a sign only right before the digits and after no letter or digit ("9-10", "COVID-19" are not negative);
// "minus 15", "минус 15" and "15 degrees below zero" are negative too.
const SIGN = /(?:^|[^\p{L}\d.,:])([-\u2212\u2013])$/u;
const SIGN_WORD = /(?<!\p{L})(?:minus|минус)\s+$/iu;
const BELOW_ZERO = /^(?:\s+degrees?)?(?:\s+(?:Celsius|C))?\s+below zero\b/iu;

function signBefore(text: string, start: number, end: number): { negative: boolean; length: number } {
  const before = text.slice(Math.max(0, start - 8), start);
  if (SIGN.test(before)) return { negative: true, length: 1 };
  return { negative: SIGN_WORD.test(before) || BELOW_ZERO.test(text.slice(end, end + 32)), length: 0 };
}

function scaleAfter(text: string, end: number): { value: number; length: number } | undefined {
  const next = /^[ \u00A0]?(\p{L}+)(\.?)/u.exec(text.slice(end, end + 16));
  if (!next) return undefined;
  // "млн." keeps its dot; "million." ends the sentence, and the dot is not the scale's.
  const abbreviated = next[2] && SCALES.find(([pattern]) => pattern.test(next[1] + next[2]));
  if (abbreviated) return { value: abbreviated[1], length: next[0].length };
  const scale = SCALES.find(([pattern]) => pattern.test(next[1]));
  return scale ? { value: scale[1], length: next[0].length - next[2].length } : undefined;
}

function wordNumbers(text: string, language: string): Mention[] {
  const mentions: Mention[] = [];
  const words = [...text.matchAll(/\p{L}+/gu)];
  for (let i = 0; i < words.length; i++) {
    const run: NumberWord[] = [];
    let j = i;
    for (; j < words.length; j++) {
      if (j > i && /^and$/i.test(words[j][0]) && j + 1 < words.length && numberWord(words[j + 1][0], language)) continue;
      const word = numberWord(words[j][0], language);
      const article = /^an?$/i.test(words[j][0]) && j + 1 < words.length && numberWord(words[j + 1][0], language)?.kind !== "add";
      if (!word && !article) break;
      if (j > i && !/^(\s*-\s*|\s+|\s+and\s+)$/i.test(text.slice(words[j - 1].index + words[j - 1][0].length, words[j].index))) break;
      if (word) run.push(word);
      else if (j + 1 < words.length && numberWord(words[j + 1][0], language)) run.push({ value: 1, kind: "add" });
      else break;
    }
    if (run.length === 0) continue;
    const start = words[i].index;
    let end = words[j - 1].index + words[j - 1][0].length;
    let value = combine(run);
    const half = /^(?:\s+\p{L}+)?\s+and a half\b/u.exec(text.slice(end));
    if (half) value += 0.5;
    // "one and a half thousand" is 1,500, not 1.5 and a thousand.
    const scaled = half && /^\s+(\p{L}+)/u.exec(text.slice(end + half[0].length));
    const scale = scaled ? numberWord(scaled[1], language) : undefined;
    if (scaled && scale?.kind === "scale") {
      value *= scale.value;
      end += half[0].length + scaled[0].length;
      while (j < words.length && words[j].index < end) j++;
    }
    const phrase = text.slice(start, end);
    // A lone "one" or a phrase that mixes in ordinals is too often not a number to report; it still matches one.
    const strong = language !== "ru" && value >= 2 && !/^(one|an?|first|third)$/i.test(phrase);
    mentions.push({ kind: "number", values: [value], start, end, text: phrase, strong, words: true });
    i = j - 1;
  }
  return mentions;
}

function months(text: string, language: string): Mention[] {
  const found: Mention[] = [];
  if (language === "ru") {
    for (const m of text.matchAll(RU_MONTH)) {
      const index = RU_MONTHS.findIndex((stem) => new RegExp(`^${stem}`, "i").test(m[1]));
      found.push({ kind: "month", values: [index + 1], start: m.index, end: m.index + m[0].length, text: m[0], strong: true });
    }
    return found;
  }
  for (const m of text.matchAll(EN_MONTH)) {
    const end = m.index + m[0].length;
    const nearNumber = /^,?\s+\d/.test(text.slice(end, end + 4)) || /\d(?:st|nd|rd|th)?\s+(?:of\s+)?$/.test(text.slice(Math.max(0, m.index - 10), m.index));
    if (AMBIGUOUS_MONTH.test(m[1]) && !nearNumber) continue;
    const index = EN_MONTHS.indexOf(m[1].slice(0, 3).toLowerCase());
    found.push({ kind: "month", values: [index + 1], start: m.index, end, text: m[0], strong: true });
  }
  return found;
}

/** Days of the week, 1 (Monday) to 7; `words`, so a weekday the MT adds where the source has none is not reported. */
function weekdays(text: string, language: string): Mention[] {
  const pattern = language === "ru" ? RU_WEEKDAY : language === "en" ? EN_WEEKDAY : undefined;
  if (!pattern) return [];
  return [...text.matchAll(pattern)].flatMap((m) => {
    const day = language === "ru" ? RU_WEEKDAYS.indexOf(m[1].toLowerCase()) : EN_WEEKDAYS.indexOf(m[1].slice(0, 3).toLowerCase());
    if (day === -1 || (language === "ru" && m[1].toLowerCase() === "сред" && m[2] === undefined)) return [];
    // "в ночь на воскресенье" is the night before Sunday, which English calls Saturday night.
    const nightBefore = language === "ru" && NIGHT_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) ? [day === 0 ? 7 : day] : [];
    return [{ kind: "weekday" as const, values: [day + 1, ...nightBefore], start: m.index, end: m.index + m[0].length, text: m[0], strong: true, words: true }];
  });
}

function romanValue(roman: string): number {
  const digit: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = digit[roman[i]];
    total += i + 1 < roman.length && digit[roman[i + 1]] > value ? -value : value;
  }
  return total;
}
