// Where a glossary's terms occur in a sentence (source term in the source; preferred or forbidden target in the MT),
// matched by stems as the glossary check matches them, so "Минфина" and "Минфином" light up for "Минфин".
import { findTerm, stemsOf, type Span } from "./term-match";
import { stemmerFor } from "./stemmers";
import { languageOf, wordsOf } from "./text";
import type { GlossaryEntry } from "./types";

export type TermKind = "source" | "preferred" | "forbidden";
/** A span of the text (UTF-16 offsets) and the index of its glossary entry. */
export type TermSpan = Span & { entry: number; kind: TermKind };

function spansIn(text: string, language: string, terms: { entry: number; kind: TermKind; text: string }[]): TermSpan[] {
  const stem = stemmerFor(language);
  const words = wordsOf(text);
  const stems = words.map((word) => stem(word.text));
  const found = terms.flatMap((term) => findTerm(words, stems, stemsOf(term.text, language)).map((span) => ({ ...span, entry: term.entry, kind: term.kind })));
  // Longest first, then no overlaps: "Finance Ministry" wins over a "Ministry" entry inside it.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TermSpan[] = [];
  for (const span of found) if (!kept.some((k) => k.start < span.end && span.start < k.end)) kept.push(span);
  return kept.sort((a, b) => a.start - b.start);
}

export function sourceTermSpans(source: string, sourceLanguage: string, entries: GlossaryEntry[]): TermSpan[] {
  return spansIn(source, languageOf(sourceLanguage), entries.map((e, entry) => ({ entry, kind: "source" as const, text: e.source })));
}

export function targetTermSpans(target: string, targetLanguage: string, entries: GlossaryEntry[]): TermSpan[] {
  const terms = entries.flatMap((e, entry) => [
    { entry, kind: "preferred" as const, text: e.preferred },
    ...e.forbidden.map((text) => ({ entry, kind: "forbidden" as const, text })),
  ]);
  return spansIn(target, languageOf(targetLanguage), terms);
}
