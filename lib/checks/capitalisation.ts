// capitalisation: a sentence that starts in lower case where its source starts in upper case (or, without a
// source, where the previous sentence of the paragraph clearly ended).
import { blockRuns } from "./text";
import type { Check, Hit } from "./types";

// Leading quotes, brackets, dashes, list markers and spaces before the first letter.
const FIRST_WORD = /^[\s"'«»“”„‘’([{\-–—•*]*(?:\d+[.)]\s+)?([\p{L}][\p{L}\p{M}'’-]*)/u;
// Lower-case first letters that are right: iPhone, eBay, pH.
const INNER_CAPITAL = /^\p{Ll}+\p{Lu}/u;
const ENDED = /[.!?]["'»”’)\]]*\s*$/u;
const ELLIPSIS = /(?:\.\.\.|…)["'»”’)\]]*\s*$/u;

export const capitalisation: Check = {
  id: "capitalisation",
  severity: "error",
  category: { category: "Fluency", subcategory: "Spelling" },
  run(doc) {
    const hits: Hit[] = [];
    for (const run of blockRuns(doc)) {
      run.forEach((index, i) => {
        const { source, target } = doc.segments[index];
        const word = FIRST_WORD.exec(target);
        if (!word || !/^\p{Ll}/u.test(word[1]) || INNER_CAPITAL.test(word[1])) return;
        if (source !== undefined) {
          const sourceWord = FIRST_WORD.exec(source);
          if (!sourceWord || !/^\p{Lu}/u.test(sourceWord[1])) return;
        } else {
          const previous = i > 0 ? doc.segments[run[i - 1]].target : undefined;
          if (previous === undefined || !ENDED.test(previous) || ELLIPSIS.test(previous)) return;
        }
        const start = word.index + word[0].length - word[1].length;
        hits.push({ segment: index, start, end: start + word[1].length, message: `The sentence should start with a capital letter.` });
      });
    }
    return hits;
  },
};
