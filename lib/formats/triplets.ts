import { documentSegments, postEditedText } from "./final-text";
import type { ExportDocument, ExportOptions } from "./types";

/**
 * Post-editing triplets as JSON Lines, {"src","mt","pe"}, for segments that have a post-edited text:
 * approved ones, plus unapproved proposals when fill is "latest". A segment left as MT is no post-edit.
 */
export function triplets(doc: ExportDocument, { fill }: ExportOptions = { fill: "mt" }): string {
  const lines = documentSegments(doc).flatMap((segment) => {
    const pe = postEditedText(segment, fill);
    return pe === null ? [] : [JSON.stringify({ src: segment.source, mt: segment.mt, pe })];
  });
  return lines.map((line) => line + "\n").join("");
}
