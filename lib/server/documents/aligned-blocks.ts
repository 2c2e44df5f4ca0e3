// A bilingual document's segments: each alignment group becomes one segment inside the MT's block structure.
import type { AlignedSpans } from "@/lib/align";
import type { BlockSpan, SegmentedText, SegmentSpan } from "@/lib/segment";

export type SourceSpan = { start: number; end: number; text: string };
/** unitId and inlineCodes: the unit's id in an imported CAT file and its placeholders' XML. */
export type StoredSegmentSpan = SegmentSpan & { source?: SourceSpan | null; unitId?: string | null; inlineCodes?: Record<string, string> | null };
export type StoredBlockSpan = Omit<BlockSpan, "segments"> & { segments: StoredSegmentSpan[] };

/**
 * The MT's blocks with one segment per alignment group: its MT is the group's MT sentences with the exact text
 * between them (so an untouched export rebuilds the MT byte for byte), its source the group's source sentences.
 *
 * A group with no MT (a source sentence the MT dropped) is still a segment, with empty MT at the point where the
 * translation is missing: the editor sees the untranslated source where it belongs and can write its translation,
 * which the exports then carry; leaving it out would lose the source silently. The empty MT changes no export of
 * an untouched document, since it replaces nothing.
 */
export function alignedBlocks(targetText: string, target: SegmentedText, sourceText: string, groups: AlignedSpans[]): StoredBlockSpan[] {
  const blocks: StoredBlockSpan[] = target.blocks.map((block) => ({ ...block, segments: [] }));
  const blockOfSentence = new Map<number, number>();
  target.blocks.forEach((block, b) => block.segments.forEach((segment) => blockOfSentence.set(segment.start, b)));
  let block = 0;
  let cursor = blocks[0]?.start ?? 0;
  for (const group of groups) {
    const source = group.source.length === 0 ? null : spanOf(sourceText, group.source);
    if (group.target.length === 0) {
      blocks[block].segments.push({ start: cursor, end: cursor, text: "", source });
      continue;
    }
    const mt = spanOf(targetText, group.target);
    block = blockOfSentence.get(mt.start)!;
    blocks[block].segments.push({ ...mt, source });
    cursor = mt.end;
  }
  return blocks;
}

function spanOf(text: string, spans: SegmentSpan[]): SourceSpan {
  const start = spans[0].start;
  const end = spans[spans.length - 1].end;
  return { start, end, text: text.slice(start, end) };
}
