// doubled-word: the same word twice in a row ("in in"), except where English repeats a word on purpose.
import { eachSegment, wordsOf } from "./text";
import type { Check } from "./types";

// "had had", "that that" are grammatical; reduplications and place names repeat on purpose.
const ALLOWED = new Set(["had", "that", "bye", "no", "very", "so", "ha", "bora", "walla", "sing", "baden", "pago"]);

export const doubledWord: Check = {
  id: "doubled-word",
  severity: "error",
  category: { category: "Fluency", subcategory: "Grammar" },
  run(doc) {
    return eachSegment(doc, ({ source, target }) => {
      // A name or a reduplication the source repeats too ("Дюран Дюран", "очень-очень") is translated, not doubled.
      if (source !== undefined && /(?<!\p{L})(\p{L}{2,})[ \u00A0-]\1(?![\p{L}-])/iu.test(source)) return [];
      const hits = [];
      const words = wordsOf(target);
      for (let i = 1; i < words.length; i++) {
        const [first, second] = [words[i - 1], words[i]];
        if (first.text.toLowerCase() !== second.text.toLowerCase() || ALLOWED.has(first.text.toLowerCase())) continue;
        // Only a space between them, and whole words: not "in in-depth".
        if (!/^[ \t\u00A0]+$/.test(target.slice(first.end, second.start)) || /^[-‐]\p{L}/u.test(target.slice(second.end))) continue;
        hits.push({ start: first.start, end: second.end, message: `"${first.text}" is written twice.` });
      }
      return hits;
    });
  },
};
