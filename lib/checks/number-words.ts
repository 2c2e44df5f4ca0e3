// Cardinal numbers written in words (English and Russian), by hand: no well-kept npm package reads Russian ones.

export type NumberWord = { value: number; kind: "add" | "hundred" | "scale" };

const EN: Record<string, NumberWord> = {};
const EN_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(" ");
const EN_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split(" ");
EN_UNITS.forEach((word, value) => (EN[word] = { value, kind: "add" }));
EN_TENS.forEach((word, i) => (EN[word] = { value: (i + 2) * 10, kind: "add" }));
const EN_ORDINALS = "first - third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(" ");
EN_ORDINALS.forEach((word, i) => word !== "-" && (EN[word] = { value: i + 1, kind: "add" }));
Object.assign(EN, {
  dozen: { value: 12, kind: "add" },
  hundred: { value: 100, kind: "hundred" },
  thousand: { value: 1e3, kind: "scale" },
  million: { value: 1e6, kind: "scale" },
  billion: { value: 1e9, kind: "scale" },
  trillion: { value: 1e12, kind: "scale" },
});

// Russian inflects every number word; these patterns cover the case forms.
const RU: [RegExp, NumberWord][] = [
  [/^нол[ьяюе]$/, { value: 0, kind: "add" }],
  [/^(один|одна|одно|одного|одной|одному|одним|одну|одном)$/, { value: 1, kind: "add" }],
  [/^(одиннадцат|двенадцат|тринадцат|четырнадцат|пятнадцат|шестнадцат|семнадцат|восемнадцат|девятнадцат)(ь|и|ью)$/, { value: 0, kind: "add" }],
  [/^(два|две|двух|двум|двумя)$/, { value: 2, kind: "add" }],
  [/^(три|тр[её]х|тр[её]м|тремя)$/, { value: 3, kind: "add" }],
  [/^(четыре|четыр[её]х|четыр[её]м|четырьмя)$/, { value: 4, kind: "add" }],
  [/^(пят|шест|сем|восьм|восем|девят|десят)(ь|и|ью)$/, { value: 0, kind: "add" }],
  [/^(двадцат|тридцат)(ь|и|ью)$/, { value: 0, kind: "add" }],
  [/^сорок(а)?$/, { value: 40, kind: "add" }],
  [/^(пят|шест|сем|восем)(ьдесят|идесяти|ьюдесятью)$/, { value: 0, kind: "add" }],
  [/^девяност[оа]$/, { value: 90, kind: "add" }],
  [/^ст[оа]$/, { value: 100, kind: "add" }],
  [/^(двести|двухсот|тр[её]хсот|триста|четыреста|четыр[её]хсот|пятьсот|пятисот|шестьсот|шестисот|семьсот|семисот|восемьсот|восьмисот|девятьсот|девятисот)$/, { value: 0, kind: "add" }],
  [/^тысяч(а|и|у|ей|ам|ами|ах)?$/, { value: 1e3, kind: "scale" }],
  [/^миллион(а|у|ом|е|ов|ы|ам|ами|ах)?$/, { value: 1e6, kind: "scale" }],
  [/^миллиард(а|у|ом|е|ов|ы|ам|ами|ах)?$/, { value: 1e9, kind: "scale" }],
  [/^(полтор[аы]|полутора)$/, { value: 1.5, kind: "add" }],
  [/^(об[ае]|обоих|обеих|обоим|обеим)$/, { value: 2, kind: "add" }],
  [/^(двое|двоих|трое|троих|четверо|четверых|пятеро|пятерых|шестеро|семеро)$/, { value: 0, kind: "add" }],
];
const RU_STEMS: Record<string, number> = {
  двое: 2, двоих: 2, трое: 3, троих: 3, четверо: 4, четверых: 4, пятеро: 5, пятерых: 5, шестеро: 6, семеро: 7,
  одиннадцат: 11, двенадцат: 12, тринадцат: 13, четырнадцат: 14, пятнадцат: 15, шестнадцат: 16, семнадцат: 17, восемнадцат: 18, девятнадцат: 19,
  пят: 5, шест: 6, сем: 7, восьм: 8, восем: 8, девят: 9, десят: 10, двадцат: 20, тридцат: 30,
};
const RU_HUNDREDS: Record<string, number> = { дв: 200, тр: 300, четыр: 400, пят: 500, шест: 600, сем: 700, вос: 800, дев: 900 };

const RU_KNOWN = new Map<string, NumberWord | undefined>();

export function numberWord(word: string, language: string): NumberWord | undefined {
  const lower = word.toLowerCase();
  if (language !== "ru") return EN[lower];
  if (RU_KNOWN.has(lower)) return RU_KNOWN.get(lower);
  const found = russianNumberWord(lower);
  if (RU_KNOWN.size > 100_000) RU_KNOWN.clear();
  RU_KNOWN.set(lower, found);
  return found;
}

function russianNumberWord(lower: string): NumberWord | undefined {
  for (const [pattern, entry] of RU) {
    const match = pattern.exec(lower);
    if (!match) continue;
    if (entry.value !== 0 || lower.startsWith("нол")) return entry;
    if (/сот|ста$|сти$/.test(lower)) return { value: RU_HUNDREDS[Object.keys(RU_HUNDREDS).find((k) => lower.startsWith(k))!], kind: "add" };
    if (/десят/.test(lower) && !/^десят/.test(lower)) return { value: RU_STEMS[match[1]] * 10, kind: "add" };
    return { value: RU_STEMS[match[1]], kind: "add" };
  }
  return undefined;
}

/** The value of consecutive number words: "three hundred and five" = 305, "две тысячи" = 2000. */
export function combine(words: NumberWord[]): number {
  let total = 0;
  let current = 0;
  for (const word of words) {
    if (word.kind === "add") current += word.value;
    else if (word.kind === "hundred") current = (current || 1) * word.value;
    else {
      total += (current || 1) * word.value;
      current = 0;
    }
  }
  return total + current;
}
