import { codePointOffset } from "./code-points";
import { spreadsheetText } from "./csv-cell";
import { documentSegments, postEditedText } from "./final-text";
import type { ExportAnnotation, ExportDocument, ExportOptions, ExportSegment } from "./types";

const HEADER = ["system", "doc", "docSegId", "globalSegId", "rater", "source", "target", "category", "severity", "metadata"];
const NO_ERROR = "No-error";

/**
 * MQM annotations in the WMT / Marot TSV layout: one row per flag that was not dismissed, with its span marked
 * <v>...</v> in the target (the MT), and one No-error row per reviewed segment without such flags, so that
 * averages run over every rated segment. metadata.start/end count code points into the MT (as Python and the WMT
 * files do). The source column holds the source sentence, or the MT when there is none (source_not_seen: true).
 */
export function mqmTsv(doc: ExportDocument, { fill }: ExportOptions = { fill: "mt" }): string {
  // docSegId is the segment's 1-based position in the exported document order, not a stored number.
  const rows = documentSegments(doc).flatMap((segment, index) => {
    const corrected = postEditedText(segment, fill);
    const annotations = sortedAnnotations(segment);
    if (annotations.length > 0) return annotations.map((annotation) => errorRow(doc, segment, index + 1, annotation, corrected));
    return segment.reviewer === null ? [] : [noErrorRow(doc, segment, index + 1, corrected)];
  });
  return [HEADER, ...rows].map((fields) => fields.join("\t")).join("\n") + "\n";
}

function sortedAnnotations(segment: ExportSegment): ExportAnnotation[] {
  // A dismissed flag was judged not to be an error; scoring tools read every row as one.
  return segment.annotations.filter((a) => a.state !== "dismissed").sort((a, b) => a.start - b.start || a.end - b.end || a.id - b.id);
}

function errorRow(doc: ExportDocument, segment: ExportSegment, position: number, annotation: ExportAnnotation, corrected: string | null): string[] {
  const marked = `${segment.mt.slice(0, annotation.start)}<v>${segment.mt.slice(annotation.start, annotation.end)}</v>${segment.mt.slice(annotation.end)}`;
  const metadata = {
    timestamp: annotation.createdAt.getTime(),
    note: annotation.note,
    start: codePointOffset(segment.mt, annotation.start),
    end: codePointOffset(segment.mt, annotation.end),
    marked_text: segment.mt.slice(annotation.start, annotation.end),
    ...common(segment, corrected),
    state: annotation.state,
  };
  const category = annotation.subcategory ? `${annotation.category}/${annotation.subcategory}` : annotation.category;
  return [...leading(doc, segment, position, annotation.author), cell(marked), cell(category), cell(annotation.severity), JSON.stringify(metadata)];
}

function noErrorRow(doc: ExportDocument, segment: ExportSegment, position: number, corrected: string | null): string[] {
  const metadata = { timestamp: (segment.reviewedAt ?? segment.changedAt).getTime(), ...common(segment, corrected) };
  return [...leading(doc, segment, position, segment.reviewer ?? ""), cell(segment.mt), NO_ERROR, NO_ERROR, JSON.stringify(metadata)];
}

function leading(doc: ExportDocument, segment: ExportSegment, position: number, rater: string): string[] {
  return [cell(doc.provenance ?? "mt"), cell(doc.title), String(position), String(position), cell(rater), cell(segment.source ?? segment.mt)];
}

function common(segment: ExportSegment, corrected: string | null) {
  return {
    // Marot reads corrected_translation as a rater's correction, so a segment still at its MT has none.
    ...(corrected === null ? {} : { corrected_translation: corrected }),
    // Without a source sentence the source column repeats the MT: the rater never saw a source.
    ...(segment.source === null ? { source_not_seen: true } : {}),
    segment_id: segment.id,
  };
}

/**
 * People open the file in spreadsheets too: a cell that would start a formula gets a leading quote (csv-cell.ts), after
 * the escapes, so a tab or line break never needs one. The metadata JSON (a `{` first) keeps every text as it was.
 */
function cell(text: string): string {
  return spreadsheetText(field(text));
}

/** Backslash escapes keep each row on one line and stay reversible. JSON.stringify never emits a raw tab or line break. */
export function field(text: string): string {
  return text.replace(/[\\\t\n\r]/g, (char) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" })[char] ?? char);
}
