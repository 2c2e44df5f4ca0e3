import type { BlockKind } from "@/lib/segment/types";
import type { ExportDocument, ExportSegment, Fill } from "./types";

export type ArticleBlock = { kind: BlockKind; text: string; separator: string };

export function finalText(segment: ExportSegment, fill: Fill = "mt"): string {
  return postEditedText(segment, fill) ?? segment.mt;
}

/** The corrected text a segment has under `fill`, or null when it would just repeat the MT. */
export function postEditedText(segment: ExportSegment, fill: Fill = "mt"): string | null {
  if (segment.approved !== null) return segment.approved;
  return fill === "latest" ? segment.latest : null;
}

export function documentSegments(doc: ExportDocument): ExportSegment[] {
  return doc.blocks.flatMap((block) => block.segments);
}

export function countUnapproved(doc: ExportDocument): number {
  return documentSegments(doc).filter((segment) => segment.approved === null).length;
}

/** Each block's text with every segment's range replaced by its final text; whatever lies between segments is kept as is. */
export function articleBlocks(doc: ExportDocument, fill: Fill = "mt"): ArticleBlock[] {
  return doc.blocks.map((block) => {
    const segments = [...block.segments].sort((a, b) => a.start - b.start);
    let text = "";
    let cursor = block.start;
    for (const segment of segments) {
      const original = block.text.slice(segment.start - block.start, segment.end - block.start);
      // Offsets that disagree with the stored text would silently corrupt the article, so refuse to export.
      if (segment.start < cursor || segment.end > block.end || original !== segment.mt) {
        throw new Error(`Segment ${segment.order} [${segment.start}, ${segment.end}) does not match the text of its block [${block.start}, ${block.end}).`);
      }
      text += block.text.slice(cursor - block.start, segment.start - block.start) + finalText(segment, fill);
      cursor = segment.end;
    }
    text += block.text.slice(cursor - block.start);
    return { kind: block.kind, text, separator: block.separator };
  });
}
