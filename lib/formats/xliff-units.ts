import { codePointOffset } from "./code-points";
import { countUnapproved, documentSegments, finalText } from "./final-text";
import type { ExportAnnotation, ExportComment, ExportDocument, ExportSegment, Fill } from "./types";
import type { InlineCodes } from "./cat/placeholders";
import { xmlSafe } from "./xml-safe";

/**
 * What both XLIFF versions write for one segment: its texts, languages and notes. `codes` (an HTML or CAT import): what
 * its placeholders stand for, to be written as inline codes; `pairedInBlock(n)` whether ⟦n⟧ opens a pair in its block.
 */
export type XliffUnit = {
  id: string;
  segment: ExportSegment;
  source: string;
  target: string;
  notes: XliffNote[];
  preserveSpace: boolean;
  codes: InlineCodes | null;
  pairedInBlock: (n: string) => boolean;
};
export type XliffNote = { category: "mt" | "source" | "flag" | "comment"; from?: string; text: string };

export const NO_SOURCE_NOTE = "This document has no source text; the source element holds the MT, in the target language.";
export const UNALIGNED_NOTE = "No source sentence is aligned with this MT sentence; the source element is empty.";

/** A monolingual document's "source" is the MT itself, so both sides are declared in the MT's language. */
export function xliffLanguages(doc: ExportDocument): { source: string; target: string } {
  return { source: doc.bilingual ? doc.sourceLanguage : doc.targetLanguage, target: doc.targetLanguage };
}

export function xliffUnits(doc: ExportDocument, fill: Fill): XliffUnit[] {
  return doc.blocks.flatMap((block) => block.segments.map((segment) => xliffUnit(doc, block.text, segment, fill)));
}

function xliffUnit(doc: ExportDocument, blockText: string, segment: ExportSegment, fill: Fill): XliffUnit {
  const source = xmlSafe(doc.bilingual ? (segment.source ?? "") : segment.mt);
  const target = xmlSafe(finalText(segment, fill));
  const notes: XliffNote[] = [
    ...(doc.bilingual ? [{ category: "mt" as const, text: xmlSafe(segment.mt) }] : [{ category: "source" as const, text: NO_SOURCE_NOTE }]),
    ...(doc.bilingual && segment.source === null ? [{ category: "source" as const, text: UNALIGNED_NOTE }] : []),
    ...segment.annotations.map((annotation) => ({ category: "flag" as const, from: xmlSafe(annotation.author), text: xmlSafe(flagNote(segment, annotation)) })),
    ...commentNotes(segment.comments),
  ];
  const preserveSpace = [source, target, ...notes.map((note) => note.text)].some((text) => /^\s|\s$|\s\s|[\t\n\r]/.test(text));
  const codes = doc.inlineCodes ? (segment.inlineCodes ?? {}) : null;
  const pairedInBlock = (n: string) => blockText.includes(`⟦/${n}⟧`);
  // Keyed by segment id, which never changes or repeats; the units are written in document order all the same.
  return { id: `s${segment.id}`, segment, source, target, notes, preserveSpace, codes, pairedInBlock };
}

/** Comments as notes, each naming its author; a resolved thread's comments say so. */
export function commentNotes(comments: ExportComment[] = []): XliffNote[] {
  return comments.map((comment) => ({
    category: "comment" as const,
    from: xmlSafe(comment.author),
    text: xmlSafe(`${comment.resolved ? "(resolved) " : ""}${comment.body}`),
  }));
}

/** "Major Accuracy/Mistranslation (resolved) on the MT's characters 4-12 "borrowed": Literal verb" */
export function flagNote(segment: ExportSegment, annotation: ExportAnnotation): string {
  const category = annotation.subcategory ? `${annotation.category}/${annotation.subcategory}` : annotation.category;
  const start = codePointOffset(segment.mt, annotation.start);
  const end = codePointOffset(segment.mt, annotation.end);
  const span = start === end ? `at the MT's character ${start}` : `on the MT's characters ${start}-${end} "${segment.mt.slice(annotation.start, annotation.end)}"`;
  return `${annotation.severity} ${category} (${annotation.state}) ${span}${annotation.note ? `: ${annotation.note}` : ""}`;
}

export function xliffHeaderComment(doc: ExportDocument, fill: Fill, states: string): string {
  const filler = fill === "latest" ? "the latest open proposal, else the MT" : "the MT";
  const total = documentSegments(doc).length;
  return [
    `Exported by Verso. One unit per segment, in document order.`,
    `target: the approved text, else ${filler}. ${countUnapproved(doc)} of ${total} segments ${countUnapproved(doc) === 1 ? "is" : "are"} not approved.`,
    doc.bilingual
      ? `source: the aligned source sentence(s); the MT is kept in a note with category "mt".`
      : `source: this document has no source text, so source holds the MT and both languages are the MT's.`,
    `Flags are notes with category "flag" (severity, category, state, span in code points, note).`,
    ...(hasComments(doc) ? [`Comments are notes with category "comment", oldest first; the document's own are the file's notes.`] : []),
    states,
  ].join("\n    ");
}

function hasComments(doc: ExportDocument): boolean {
  return (doc.comments?.length ?? 0) > 0 || documentSegments(doc).some((segment) => (segment.comments?.length ?? 0) > 0);
}
