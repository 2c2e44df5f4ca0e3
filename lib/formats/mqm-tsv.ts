import { documentSegments, postEditedText } from "./final-text";
import type { ExportAnnotation, ExportDocument, ExportOptions, ExportSegment } from "./types";

const HEADER = ["system", "doc", "docSegId", "globalSegId", "rater", "source", "target", "category", "severity", "metadata"];

/**
 * MQM annotations in the WMT / Marot TSV layout, one row per annotation that was not dismissed.
 * The target column is the MT verbatim; the span is given by metadata.start/end (UTF-16 offsets into
 * the MT, as stored) and metadata.marked_text, instead of WMT's <v>...</v> markers inside the text.
 */
export function mqmTsv(doc: ExportDocument, { fill }: ExportOptions = { fill: "mt" }): string {
  // docSegId is the segment's 1-based position in the exported document order, not a stored number.
  const rows = documentSegments(doc).flatMap((segment, index) =>
    sortedAnnotations(segment).map((annotation) => row(doc, segment, index + 1, annotation, postEditedText(segment, fill))),
  );
  return [HEADER, ...rows].map((fields) => fields.join("\t")).join("\n") + "\n";
}

function sortedAnnotations(segment: ExportSegment): ExportAnnotation[] {
  // A dismissed flag was judged not to be an error; scoring tools read every row as one.
  return segment.annotations.filter((a) => a.state !== "dismissed").sort((a, b) => a.start - b.start || a.end - b.end || a.id - b.id);
}

function row(doc: ExportDocument, segment: ExportSegment, position: number, annotation: ExportAnnotation, corrected: string | null): string[] {
  const metadata = {
    note: annotation.note,
    start: annotation.start,
    end: annotation.end,
    marked_text: segment.mt.slice(annotation.start, annotation.end),
    // Marot reads corrected_translation as a rater's correction, so a segment still at its MT has none.
    ...(corrected === null ? {} : { corrected_translation: corrected }),
    state: annotation.state,
  };
  return [
    field(doc.provenance ?? "mt"),
    field(doc.title),
    String(position),
    String(position),
    field(annotation.author),
    field(segment.source ?? ""),
    field(segment.mt),
    field(annotation.subcategory ? `${annotation.category}/${annotation.subcategory}` : annotation.category),
    field(annotation.severity),
    // JSON.stringify never emits a raw tab or line break, so the JSON needs no further escaping.
    JSON.stringify(metadata),
  ];
}

/** Backslash escapes keep each row on one line and stay reversible. */
export function field(text: string): string {
  return text.replace(/[\\\t\n\r]/g, (char) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" })[char] ?? char);
}
