// punctuation-spacing: a space before , . ; : ! ? or none after them between words; a doubled mark, a space inside
// brackets or curly quotes, a bracket run into a word, two spaces between words.
import { eachSegment, languageOf } from "./text";
import type { Check } from "./types";

// Not before an ellipsis, a decimal without its zero (.5), a file extension or domain (.NET), nor a smiley (:-) :)).
const SPACE_BEFORE = /(?<=\S)[ \t\u00A0]+([,;:!?]|\.(?![.\d\p{L}]))/gu;
const SMILEY = /^[-^']?[)(DPp](?!\p{L})/u;
// A word run into the next after the mark: "gifts,and", "ended.The"; numbers (1,000 10:30 2.5), initials (U.S.),
// URLs and e-mail addresses, file names (index.html) are left alone.
const NO_SPACE_AFTER = /(?<=[\p{Ll}]{2}|[\p{Ll}][)"”»])([,;!?]|\.(?=\p{Lu}\p{Ll})|:(?=\p{L}{2}))(?=[\p{L}“«(])/gu;
// ",," and ".." but not an ellipsis; "!!" and "?!" are emphasis, not a slip.
const DOUBLED = /(?<![.])(\.\.|,,|;;|::)(?![.])/g;
const INSIDE_BRACKETS = /[([][ \t\u00A0]+(?=\S)|(?<=\S)[ \t\u00A0]+[)\]]/g;
// "meeting(closed)", "(closed)lasted"; not "participant(s)", "(re)organised" nor "f(x)": the bracket holds a word of 4+ letters.
const BRACKET_RUN_IN = /(?<=\p{Ll}{2})\((?=\p{L}{4,}[^()]*\))|(?<=\(\p{L}[^()]{3,})\)(?=\p{L}{2})/gu;
const INSIDE_QUOTES = /[“«][ \t\u00A0]+(?=\S)|(?<=\S)[ \t\u00A0]+[”»]/g;
// Two spaces after a sentence's end are a typing convention, not a slip.
const TWO_SPACES = /(?<=[\p{L}\d,;])[ \u00A0]{2,}(?=[\p{L}\d])/gu;
// English writes "3.5%"; French, German and Russian put a space before % by rule.
const SPACE_PERCENT = /(?<=\d)[ \u00A0\u202F]+%/g;
const URLISH = /^[a-z][a-z0-9+.-]*:\/\/|^www\.|@/i;

export const punctuationSpacing: Check = {
  id: "punctuation-spacing",
  severity: "warning",
  category: { category: "Fluency", subcategory: "Punctuation" },
  run(doc) {
    // French puts a (narrow) space before ; : ! ? by rule.
    const frenchLike = languageOf(doc.targetLanguage) === "fr";
    const english = (languageOf(doc.targetLanguage) || "en") === "en";
    return eachSegment(doc, ({ target }) => {
      const skip = [...target.matchAll(/\S+/g)].filter((m) => URLISH.test(m[0].replace(/^["'(«“]+/, ""))).map((m) => [m.index, m.index + m[0].length]);
      const inUrl = (at: number) => skip.some(([start, end]) => at >= start && at < end);
      const hits = [];
      for (const m of target.matchAll(SPACE_BEFORE)) {
        const mark = m[1];
        if (frenchLike && mark !== "," && mark !== ".") continue;
        const after = m.index + m[0].length;
        if (inUrl(after - 1) || ((mark === ":" || mark === ";") && SMILEY.test(target.slice(after)))) continue;
        hits.push({ start: m.index, end: m.index + m[0].length, message: `No space before "${mark}".` });
      }
      for (const m of target.matchAll(NO_SPACE_AFTER)) {
        if (inUrl(m.index)) continue;
        hits.push({ start: m.index, end: m.index + 1, message: `A space is missing after "${m[1]}".` });
      }
      for (const m of target.matchAll(DOUBLED)) {
        if (!inUrl(m.index)) hits.push({ start: m.index, end: m.index + 2, message: `"${m[1][0]}" is written twice.` });
      }
      for (const m of target.matchAll(INSIDE_BRACKETS)) {
        const bracket = m[0].trim();
        hits.push({ start: m.index, end: m.index + m[0].length, message: "([".includes(bracket) ? `No space after "${bracket}".` : `No space before "${bracket}".` });
      }
      for (const m of target.matchAll(BRACKET_RUN_IN)) {
        if (!inUrl(m.index)) hits.push({ start: m.index, end: m.index + 1, message: m[0] === "(" ? `A space is missing before "(".` : `A space is missing after ")".` });
      }
      // French spaces its guillemets by rule.
      for (const m of frenchLike ? [] : target.matchAll(INSIDE_QUOTES)) {
        const quote = m[0].trim();
        hits.push({ start: m.index, end: m.index + m[0].length, message: "“«".includes(quote) ? `No space after "${quote}".` : `No space before "${quote}".` });
      }
      hits.push(...straightQuoteSpaces(target));
      for (const m of target.matchAll(TWO_SPACES)) hits.push({ start: m.index, end: m.index + m[0].length, message: "Two spaces between words." });
      for (const m of english ? target.matchAll(SPACE_PERCENT) : []) hits.push({ start: m.index, end: m.index + m[0].length, message: 'No space before "%" in English.' });
      return hits.sort((a, b) => a.start - b.start);
    });
  },
};


/** In a sentence whose straight quotes pair up, a space after an opening one or before a closing one. */
function straightQuoteSpaces(text: string) {
  const quotes = [...text.matchAll(/"/g)].map((m) => m.index);
  if (quotes.length === 0 || quotes.length % 2 === 1) return [];
  // A quotation that goes on from the sentence before ("…come," he said, "and) pairs the other way: leave it alone.
  const fits = (at: number, i: number) => (i % 2 === 0 ? /^$|[\s([{:\-–—]$/u.test(text.slice(Math.max(0, at - 1), at)) : /^$|^[\s.,;:!?)\]}\-–—]/u.test(text.slice(at + 1, at + 2)));
  if (!quotes.every(fits)) return [];
  return quotes.flatMap((at, i) => {
    const opening = i % 2 === 0;
    const space = opening ? /^[ \t\u00A0]+(?=\p{L})/u.exec(text.slice(at + 1)) : /(?<=[\p{L}\d.,!?])[ \t\u00A0]+$/u.exec(text.slice(0, at));
    if (!space) return [];
    return opening ? [{ start: at, end: at + 1 + space[0].length, message: 'No space after the opening ".' }] : [{ start: space.index, end: at + 1, message: 'No space before the closing ".' }];
  });
}
