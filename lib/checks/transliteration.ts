// A spelling key under which the usual romanisations of one Russian name meet (Sergei/Sergey, Dmitriy/Dmitry, Alexei/Aleksey).
const CYRILLIC: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l", м: "m", н: "n", о: "o",
  п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
};

export function romanise(word: string): string {
  return [...word.toLowerCase()].map((letter) => CYRILLIC[letter] ?? letter).join("");
}

const keys = new Map<string, string>();

/** Cached: a document repeats its names, and the key takes a dozen replacements. */
export function spellingKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = keyOf(name);
    if (keys.size > 100_000) keys.clear();
    keys.set(name, key);
  }
  return key;
}

function keyOf(name: string): string {
  return romanise(name)
    .replace(/^ye/, "e")
    .replace(/([bcdfgklmnprstvz])yo/g, "$1e")
    .replace(/x/g, "ks")
    .replace(/kh/g, "h")
    .replace(/tch/g, "ch")
    .replace(/tz/g, "ts")
    .replace(/ph/g, "f")
    .replace(/th/g, "t")
    .replace(/ck/g, "k")
    .replace(/w/g, "v")
    .replace(/j/g, "y")
    .replace(/ff$/, "v")
    .replace(/y/g, "i")
    .replace(/([a-z])\1+/g, "$1")
    .replace(/([bcdfgkpt])er$/, "$1r");
}
