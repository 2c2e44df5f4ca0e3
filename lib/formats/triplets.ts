import { documentSegments, postEditedText } from "./final-text";
import type { ExportDocument, ExportOptions } from "./types";

/**
 * Post-editing triplets as JSON Lines, {"doc","segment","order","src","mt","pe"}, one line per segment that has a
 * post-edited text: approved ones, plus open proposals when fill is "latest". A segment left as MT is no post-edit,
 * so it has no line. src is the aligned source sentence, or null when the document (or segment) has none.
 */
export function triplets(doc: ExportDocument, { fill }: ExportOptions = { fill: "mt" }): string {
  const lines = documentSegments(doc).flatMap((segment) => {
    const pe = postEditedText(segment, fill);
    return pe === null ? [] : [JSON.stringify({ doc: doc.id, segment: segment.id, order: segment.order, src: segment.source, mt: segment.mt, pe })];
  });
  return lines.map((line) => line + "\n").join("");
}
