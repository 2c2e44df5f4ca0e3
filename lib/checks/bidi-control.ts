// bidi-control: invisible bidirectional controls in the MT. An override (U+202D, U+202E) reverses how the letters after
// it display, so the editor reads one text and the file holds another: an error. Embeddings, isolates and marks only
// belong beside right-to-left words; elsewhere they are invisible noise that shifts punctuation: a warning.
import { eachSegment, languageOf } from "./text";
import type { Check, Hit } from "./types";

const NAMES: Record<string, string> = {
  "\u202A": "left-to-right embedding",
  "\u202B": "right-to-left embedding",
  "\u202C": "pop directional formatting",
  "\u202D": "left-to-right override",
  "\u202E": "right-to-left override",
  "\u2066": "left-to-right isolate",
  "\u2067": "right-to-left isolate",
  "\u2068": "first strong isolate",
  "\u2069": "pop directional isolate",
  "\u200E": "left-to-right mark",
  "\u200F": "right-to-left mark",
  "\u061C": "Arabic letter mark",
};
const CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u;
const CONTROLS = new RegExp(CONTROL.source, "gu");
const OVERRIDES = new Set(["\u202D", "\u202E"]);
// What closes an opening control: PDF an embedding or override, PDI an isolate; the sentence's end closes both.
const CLOSER: Record<string, string> = { "\u202A": "\u202C", "\u202B": "\u202C", "\u202D": "\u202C", "\u202E": "\u202C", "\u2066": "\u2069", "\u2067": "\u2069", "\u2068": "\u2069" };
const RTL_LETTER = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const RTL_LANGUAGES = new Set(["ar", "he", "iw", "fa", "ur", "yi", "ps", "sd", "ug", "dv", "ckb"]);

export const bidiControl: Check = {
  id: "bidi-control",
  severity: "error",
  category: { category: "Fluency", subcategory: "Character encoding" },
  run(doc) {
    const rtlTarget = RTL_LANGUAGES.has(languageOf(doc.targetLanguage));
    return eachSegment(doc, ({ target }) => {
      const hits: Omit<Hit, "segment">[] = [];
      if (!CONTROL.test(target)) return hits;
      // Beside right-to-left words, marks, embeddings and isolates do their job; an override is still reported.
      const onlyOverrides = rtlTarget || RTL_LETTER.test(target);
      let closedAt = -1;
      for (const m of target.matchAll(CONTROLS)) {
        const control = m[0];
        const override = OVERRIDES.has(control);
        // Controls inside a reported span are part of it, unless an override hides there.
        if (m.index < closedAt && !override) continue;
        if (onlyOverrides && !override) continue;
        const end = CLOSER[control] ? closingEnd(target, m.index, control) : m.index + 1;
        const code = `U+${control.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")} (${NAMES[control]})`;
        const affected = target.slice(m.index, end).replace(CONTROLS, "");
        const message = override
          ? `An invisible ${code} makes "${affected}" display reversed; delete it.`
          : affected
            ? `An invisible ${code} changes how "${affected}" displays; delete it.`
            : `An invisible ${code} sits here; delete it.`;
        hits.push({ start: m.index, end, message, severity: override ? "error" : "warning" });
        closedAt = Math.max(closedAt, end);
      }
      return hits;
    });
  },
};

/** The end of the span an opening control governs: just past its closer, nested pairs skipped, or the sentence's end. */
function closingEnd(text: string, start: number, opener: string): number {
  let depth = 0;
  for (let i = start + 1; i < text.length; i++) {
    const char = text[i];
    if (CLOSER[char] === CLOSER[opener]) depth++;
    else if (char === CLOSER[opener]) {
      if (depth === 0) return i + 1;
      depth--;
    }
  }
  return text.length;
}
