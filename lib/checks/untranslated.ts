// untranslated: words left in the source's script (or any script foreign to the target language) in the MT.
import { scriptOf, scriptsOf, type Script } from "./scripts";
import { eachSegment, languageOf } from "./text";
import type { Check } from "./types";

// A run of words joined by spaces or hyphens; checked letter by letter below.
const WORDS = /[\p{L}\p{M}]+(?:[\s\-‐–][\p{L}\p{M}]+)*/gu;

export const untranslated: Check = {
  id: "untranslated",
  severity: "error",
  category: { category: "Accuracy", subcategory: "Untranslated" },
  run(doc) {
    const expected = new Set<Script>(scriptsOf(languageOf(doc.targetLanguage)));
    const sourceLanguage = languageOf(doc.sourceLanguage);
    const sourceScripts = sourceLanguage ? scriptsOf(sourceLanguage).filter((s) => !expected.has(s)) : [];
    const foreign = (word: string) =>
      [...word].some((letter) => {
        const script = scriptOf(letter);
        if (!script || expected.has(script)) return false;
        // A lone Greek letter is a symbol (α, π), not an untranslated word.
        return sourceScripts.includes(script) || script !== "Greek" || word.length > 1;
      });
    const expectedLetter = new RegExp(`^[${[...expected].map((script) => `\\p{Script=${script}}`).join("")}\\P{L}]*$`, "u");
    return eachSegment(doc, ({ target }) => {
      const hits: { start: number; end: number; message: string }[] = [];
      if (expectedLetter.test(target)) return hits;
      for (const run of target.matchAll(WORDS)) {
        const words = [...run[0].matchAll(/[\p{L}\p{M}]+/gu)];
        let first = -1;
        for (let i = 0; i <= words.length; i++) {
          const isForeign = i < words.length && foreign(words[i][0]);
          if (isForeign && first === -1) first = i;
          if (!isForeign && first !== -1) {
            const start = run.index + words[first].index;
            const end = run.index + words[i - 1].index + words[i - 1][0].length;
            hits.push({ start, end, message: `"${target.slice(start, end)}" is not translated.` });
            first = -1;
          }
        }
      }
      return hits;
    });
  },
};
