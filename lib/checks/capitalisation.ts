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
// A sentence that ended inside the segment, then a lower-case word: "The talks ended. the parties left."
const INNER_START = /(?<=(?<![\p{L}.])(\p{Ll}{3,})[.!?]\s+)\p{Ll}[\p{L}'’-]*/gu;
// Lower-case abbreviations that a lower-case word may follow.
const ABBREVIATIONS = new Set(["etc", "approx", "incl", "esp", "vol", "ibid", "misc", "dept", "govt", "min", "max", "est", "sec", "hrs", "mins", "nos", "cca", "resp", "viz"]);

export const capitalisation: Check = {
  id: "capitalisation",
  severity: "error",
  category: { category: "Fluency", subcategory: "Spelling" },
  run(doc) {
    const hits: Hit[] = [];
    for (const run of blockRuns(doc)) {
      run.forEach((index, i) => {
        const { source, target } = doc.segments[index];
        for (const m of target.matchAll(INNER_START)) {
          if (ABBREVIATIONS.has(m[1]) || INNER_CAPITAL.test(m[0])) continue;
          hits.push({ segment: index, start: m.index, end: m.index + m[0].length, message: `The sentence should start with a capital letter.` });
        }
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
