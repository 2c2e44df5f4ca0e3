"use client";

import type { ReactNode } from "react";
import type { GlossaryEntry } from "@/lib/checks/types";
import type { TermSpan } from "@/lib/checks/glossary-spans";
import { TermMark } from "./term-mark";

export type TermHighlights = { entries: GlossaryEntry[]; spans: TermSpan[] };

/**
 * Groups a sentence's rendered pieces (each covering [start, end) of the text, cut at every term edge) into term marks;
 * pieces outside every term are left as they are. Spans do not overlap (glossary-spans keeps the longest).
 */
export function wrapTerms(pieces: { start: number; end: number; node: ReactNode }[], terms: TermHighlights | null): ReactNode[] {
  if (!terms || terms.spans.length === 0) return pieces.map((p) => p.node);
  const out: ReactNode[] = [];
  let i = 0;
  while (i < pieces.length) {
    const span = terms.spans.find((s) => pieces[i].start >= s.start && pieces[i].end <= s.end && pieces[i].end > pieces[i].start);
    if (!span) {
      out.push(pieces[i++].node);
      continue;
    }
    const inside: ReactNode[] = [];
    while (i < pieces.length && pieces[i].start >= span.start && pieces[i].end <= span.end) inside.push(pieces[i++].node);
    out.push(<TermMark key={`term-${span.start}`} entry={terms.entries[span.entry]} kind={span.kind}>{inside}</TermMark>);
  }
  return out;
}

/** Plain text with its glossary terms marked (the source sentence). */
export function TermText({ text, terms }: { text: string; terms: TermHighlights }) {
  const edges = [...new Set([0, text.length, ...terms.spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const pieces = edges.slice(0, -1).map((start, k) => ({ start, end: edges[k + 1], node: text.slice(start, edges[k + 1]) }));
  return <>{wrapTerms(pieces, terms)}</>;
}
