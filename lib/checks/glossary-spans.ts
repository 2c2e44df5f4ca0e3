// Where a glossary's terms occur in a sentence (source term in the source; preferred or forbidden target in the MT),
// matched by stems as the glossary check matches them, so "Минфина" and "Минфином" light up for "Минфин".
import { findTerm, stemsOf, termAsWritten, termOf, type Span } from "./term-match";
import { stemmerFor } from "./stemmers";
import { languageOf, wordsOf } from "./text";
import type { GlossaryEntry } from "./types";

export type TermKind = "source" | "preferred" | "forbidden";
/** A span of the text (UTF-16 offsets) and the index of its glossary entry. */
export type TermSpan = Span & { entry: number; kind: TermKind };

type Term = { entry: number; kind: TermKind; text: string; asWritten?: boolean };

function spansIn(text: string, language: string, terms: Term[]): TermSpan[] {
  const stem = stemmerFor(language);
  const words = wordsOf(text);
  const stems = words.map((word) => stem(word.text));
  const lower = words.map((word) => word.text.toLowerCase());
  const found = terms.flatMap((term) => {
    const [within, wanted] = term.asWritten ? [lower, termAsWritten(term.text)] : [stems, termOf(term.text, language)];
    return findTerm(words, within, wanted).map((span) => ({ ...span, entry: term.entry, kind: term.kind, exact: term.asWritten ? 0 : 1 }));
  });
  // Longest first, then no overlaps: "Finance Ministry" wins over a "Ministry" entry inside it; a term matched as written
  // wins over one matched by stems.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.exact - b.exact || a.start - b.start);
  const kept: TermSpan[] = [];
  for (const { exact: _, ...span } of found) if (!kept.some((k) => k.start < span.end && span.start < k.end)) kept.push(span);
  return kept.sort((a, b) => a.start - b.start);
}

export function sourceTermSpans(source: string, sourceLanguage: string, entries: GlossaryEntry[]): TermSpan[] {
  return spansIn(source, languageOf(sourceLanguage), entries.map((e, entry) => ({ entry, kind: "source" as const, text: e.source })));
}

export function targetTermSpans(target: string, targetLanguage: string, entries: GlossaryEntry[]): TermSpan[] {
  const language = languageOf(targetLanguage);
  const terms = entries.flatMap((e, entry) => [
    { entry, kind: "preferred" as const, text: e.preferred },
    // "Central Banking" stems as "Central Bank" does: such a forbidden target is matched as written, as the check does.
    ...e.forbidden.map((text) => ({ entry, kind: "forbidden" as const, text, asWritten: stemsOf(text, language).join(" ") === stemsOf(e.preferred, language).join(" ") })),
  ]);
  return spansIn(target, language, terms);
}
