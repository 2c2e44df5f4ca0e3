// glossary: a source term whose preferred translation is missing from the MT, or a forbidden translation used.
import { findReworded, findRomanised, findTerm, romanisedKeys, termAsWritten, termOf, type Span, type TermWord } from "./term-match";
import { stemmerFor } from "./stemmers";
import { eachSegment, languageOf, wordsOf } from "./text";
import type { Check, GlossaryEntry } from "./types";

type PreparedEntry = { entry: GlossaryEntry; source: TermWord[]; romanised: string[]; preferred: TermWord[]; forbidden: { text: string; stems: TermWord[]; words: TermWord[] }[] };

export const glossary: Check = {
  id: "glossary",
  severity: "error",
  category: { category: "Terminology", subcategory: "Inappropriate for context" },
  run(doc) {
    if (!doc.glossary?.length) return [];
    const sourceLanguage = languageOf(doc.sourceLanguage) || "ru";
    const targetLanguage = languageOf(doc.targetLanguage);
    const stemSource = stemmerFor(sourceLanguage);
    const stemTarget = stemmerFor(targetLanguage);
    const entries: PreparedEntry[] = doc.glossary.map((entry) => ({
      entry,
      source: termOf(entry.source, sourceLanguage),
      romanised: /\p{Script=Latin}/u.test(entry.source) ? [] : romanisedKeys(entry.source),
      preferred: termOf(entry.preferred, targetLanguage),
      forbidden: entry.forbidden.map((text) => ({ text, stems: termOf(text, targetLanguage), words: termAsWritten(text) })),
    }));
    return eachSegment(doc, ({ source, target }) => {
      const targetWords = wordsOf(target);
      const targetStems = targetWords.map((w) => stemTarget(w.text));
      // The source term copied into the MT untranslated is also a missing translation.
      const copiedStems = targetWords.map((w) => stemSource(w.text));
      const hits: (Span & { message: string })[] = [];
      const sourceWords = source === undefined ? [] : wordsOf(source);
      const sourceStems = sourceWords.map((w) => stemSource(w.text));
      for (const { entry, source: sourceTerm, romanised: romanisedTerm, preferred, forbidden } of entries) {
        const note = entry.note ? ` (${entry.note})` : "";
        let forbiddenUsed = false;
        const preferredSpans = findTerm(targetWords, targetStems, preferred);
        for (const bad of forbidden) {
          // "Central Banking" stems as "Central Bank" does: such a forbidden target is matched as written.
          const asWritten = stemsJoined(bad.stems) === stemsJoined(preferred);
          const found = asWritten ? findTerm(targetWords, targetWords.map((w) => w.text.toLowerCase()), bad.words) : findTerm(targetWords, targetStems, bad.stems);
          const insidePreferred = (span: Span) => preferredSpans.some((p) => p.start <= span.start && span.end <= p.end);
          for (const span of found.filter((span) => asWritten || !insidePreferred(span))) {
            forbiddenUsed = true;
            hits.push({ ...span, message: `"${bad.text}" is a forbidden translation of "${entry.source}": use "${entry.preferred}"${note}.` });
          }
        }
        const romanised = findRomanised(targetWords, romanisedTerm);
        const copied = [...findTerm(targetWords, copiedStems, sourceTerm), ...romanised].filter(
          (span, i, all) => all.findIndex((other) => other.start === span.start) === i,
        );
        const inSource = findTerm(sourceWords, sourceStems, sourceTerm).length > 0;
        if (!inSource && copied.length === 0) continue;
        if (forbiddenUsed || preferredSpans.length > 0) continue;
        const message = `"${entry.source}" should be translated "${entry.preferred}"${note}.`;
        if (copied.length > 0) {
          hits.push(...copied.map((span) => ({ ...span, message })));
          continue;
        }
        hits.push({ ...(findReworded(targetWords, targetStems, preferred.map((word) => word.stem)) ?? { start: 0, end: target.length }), message });
      }
      return hits.sort((a, b) => a.start - b.start);
    });
  },
};

const stemsJoined = (term: TermWord[]) => term.map((word) => word.stem).join(" ");
