// unbalanced-quotes: a quotation mark opened and never closed, or closed and never opened, within a paragraph.
import { unbalancedHits, type Mark } from "./balance";
import type { Check } from "./types";

export const unbalancedQuotes: Check = {
  id: "unbalanced-quotes",
  severity: "error",
  category: { category: "Fluency", subcategory: "Punctuation" },
  run: (doc) => unbalancedHits(doc, { marks: quoteMarks, noun: "quotation mark" }),
};

// Single quotes are left out: ’ and ' are far more often apostrophes than quotes.
function quoteMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  let lowOpen = false;
  for (const m of text.matchAll(/["«»“”„]/g)) {
    const at = m.index;
    switch (m[0]) {
      case "«":
      case "»":
        marks.push({ at, pair: "«»", opens: m[0] === "«" });
        break;
      case "„":
        lowOpen = true;
        marks.push({ at, pair: "„“", opens: true });
        break;
      case "“":
        // After „ (German, Russian inner quotes) “ closes; otherwise it opens, as in English.
        marks.push(lowOpen ? { at, pair: "„“", opens: false } : { at, pair: "“”", opens: true });
        lowOpen = false;
        break;
      case "”":
        marks.push({ at, pair: "“”", opens: false });
        break;
      default:
        marks.push({ at, pair: '""', opens: straightRole(text, at) });
    }
  }
  return marks;
}

/** A straight quote after a space and before a word opens (English does not nest them); one after a word closes. */
function straightRole(text: string, at: number): Mark["opens"] {
  const before = at === 0 ? " " : text[at - 1];
  const after = at + 1 >= text.length ? " " : text[at + 1];
  const spaceBefore = /[\s([{\-–—]/.test(before);
  const spaceAfter = /[\s.,;:!?)\]}\-–—]/.test(after);
  if (spaceBefore && !spaceAfter) return at === 0 || /[([{]/.test(before) ? true : "before-word";
  if (!spaceBefore && spaceAfter) return false;
  return "toggle";
}
