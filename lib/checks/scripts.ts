// Which writing system a language is written in, and which script a letter belongs to.

export type Script = "Latin" | "Cyrillic" | "Greek" | "Arabic" | "Hebrew" | "Han" | "Hiragana" | "Katakana" | "Hangul" | "Devanagari" | "Georgian" | "Armenian" | "Thai";

const SCRIPTS: Script[] = ["Latin", "Cyrillic", "Greek", "Arabic", "Hebrew", "Han", "Hiragana", "Katakana", "Hangul", "Devanagari", "Georgian", "Armenian", "Thai"];
const PATTERNS = new Map(SCRIPTS.map((script) => [script, new RegExp(`\\p{Script=${script}}`, "u")]));

const LANGUAGE_SCRIPTS: Record<string, Script[]> = {
  ru: ["Cyrillic"], uk: ["Cyrillic"], be: ["Cyrillic"], bg: ["Cyrillic"], sr: ["Cyrillic", "Latin"], mk: ["Cyrillic"], kk: ["Cyrillic"],
  el: ["Greek"], ar: ["Arabic"], fa: ["Arabic"], he: ["Hebrew"], zh: ["Han"], ja: ["Han", "Hiragana", "Katakana"], ko: ["Hangul", "Han"],
  hi: ["Devanagari"], ka: ["Georgian"], hy: ["Armenian"], th: ["Thai"],
};

/** The scripts a language is written in; Latin for any language not listed. */
export function scriptsOf(language: string): Script[] {
  return LANGUAGE_SCRIPTS[language] ?? ["Latin"];
}

export function scriptOf(letter: string): Script | undefined {
  for (const [script, pattern] of PATTERNS) if (pattern.test(letter)) return script;
  return undefined;
}
