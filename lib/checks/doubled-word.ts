// doubled-word: the same word twice in a row ("in in"), except where English repeats a word on purpose.
import { eachSegment } from "./text";
import type { Check } from "./types";

const DOUBLED = /(?<![\p{L}\p{M}\d'’-])([\p{L}\p{M}]+)(\s+)\1(?![\p{L}\p{M}\d'’-])/giu;
// "had had", "that that" are grammatical; reduplications and place names repeat on purpose.
const ALLOWED = new Set(["had", "that", "bye", "no", "very", "so", "ha", "bora", "walla", "sing", "baden", "pago"]);

export const doubledWord: Check = {
  id: "doubled-word",
  severity: "error",
  category: { category: "Fluency", subcategory: "Grammar" },
  run(doc) {
    return eachSegment(doc, ({ target }) => {
      const hits = [];
      for (const m of target.matchAll(DOUBLED)) {
        if (ALLOWED.has(m[1].toLowerCase()) || m[2].includes("\n")) continue;
        hits.push({ start: m.index, end: m.index + m[0].length, message: `"${m[1]}" is written twice.` });
      }
      return hits;
    });
  },
};
