// untranslated: words left in the source's script (or any script foreign to the target language) in the MT. A word
// of the target's script with a foreign look-alike letter inside ("Moсcow" with a Cyrillic "с") is a different
// problem, an invisible typo that breaks search and spell-checking, and is reported as one.
import { scriptOf, scriptsOf, type Script } from "./scripts";
import { eachSegment, languageOf } from "./text";
import type { Check, Hit, SuggestedCategory } from "./types";

// A run of words joined by spaces or hyphens; checked letter by letter below.
const WORDS = /[\p{L}\p{M}]+(?:[\s\-‐–][\p{L}\p{M}]+)*/gu;

// Letters that most fonts draw like one of another script: Cyrillic and Greek ones like Latin, Latin ones like Cyrillic.
const LOOK_ALIKES = new Set([..."аеорсухіјѕԁһӏԛԝкАВЕКМНОРСТХІЈЅУҮԚԜοαινκρυχγΟΑΒΕΖΗΙΚΜΝΡΤΥΧaceopxyiABCEHKMOPTXY"]);
const MIXED_SCRIPT: SuggestedCategory = { category: "Fluency", subcategory: "Character encoding" };

type Kind = "native" | "foreign" | "look-alike";

export const untranslated: Check = {
  id: "untranslated",
  severity: "error",
  category: { category: "Accuracy", subcategory: "Untranslated" },
  run(doc) {
    const expected = new Set<Script>(scriptsOf(languageOf(doc.targetLanguage)));
    const sourceLanguage = languageOf(doc.sourceLanguage);
    const sourceScripts = sourceLanguage ? scriptsOf(sourceLanguage).filter((s) => !expected.has(s)) : [];
    const foreignLetter = (letter: string, word: string) => {
      const script = scriptOf(letter);
      if (!script || expected.has(script)) return false;
      // A lone Greek letter is a symbol (α, π), not an untranslated word.
      return sourceScripts.includes(script) || script !== "Greek" || word.length > 1;
    };
    const kindOf = (word: string): Kind => {
      const letters = [...word];
      const foreign = letters.filter((letter) => foreignLetter(letter, word));
      if (foreign.length === 0) return "native";
      const native = letters.some((letter) => {
        const script = scriptOf(letter);
        return script !== undefined && expected.has(script);
      });
      return native && foreign.every((letter) => LOOK_ALIKES.has(letter)) ? "look-alike" : "foreign";
    };
    const expectedLetter = new RegExp(`^[${[...expected].map((script) => `\\p{Script=${script}}`).join("")}\\P{L}]*$`, "u");
    return eachSegment(doc, ({ target }) => {
      const hits: Omit<Hit, "segment">[] = [];
      if (expectedLetter.test(target)) return hits;
      for (const run of target.matchAll(WORDS)) {
        const words = [...run[0].matchAll(/[\p{L}\p{M}]+/gu)];
        let first = -1;
        for (let i = 0; i <= words.length; i++) {
          const kind = i < words.length ? kindOf(words[i][0]) : "native";
          if (kind === "foreign" && first === -1) first = i;
          if (kind !== "foreign" && first !== -1) {
            const start = run.index + words[first].index;
            const end = run.index + words[i - 1].index + words[i - 1][0].length;
            hits.push({ start, end, message: `"${target.slice(start, end)}" is not translated.` });
            first = -1;
          }
          if (kind === "look-alike") hits.push(lookAlike(words[i][0], run.index + words[i].index, foreignLetter, [...expected][0]));
        }
      }
      return hits;
    });
  },
};

function lookAlike(word: string, start: number, foreignLetter: (letter: string, word: string) => boolean, script: Script): Omit<Hit, "segment"> {
  const letters = [...new Set([...word].filter((letter) => foreignLetter(letter, word)))];
  const scripts = [...new Set(letters.map((letter) => scriptOf(letter)))].join(" and ");
  const named = letters.map((letter) => `"${letter}"`).join(", ");
  const what = letters.length === 1 ? `is a ${scripts} letter that looks` : `are ${scripts} letters that look`;
  return { start, end: start + word.length, message: `"${word}" mixes scripts: ${named} ${what} like a ${script} one; retype it.`, category: MIXED_SCRIPT };
}
