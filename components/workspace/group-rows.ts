import type { SegmentRow } from "@/lib/server/workspace/list-segments";

export type RowGroup = { key: string; blockKind: SegmentRow["blockKind"]; segments: SegmentRow[]; firstOfBlock: boolean };

// A block longer than this is cut into several rows, so one huge paragraph cannot put thousands of segments in the DOM.
const MAX_PER_ROW = 40;

/** Consecutive segments of one block form one row of the virtualised list. */
export function groupRows(rows: SegmentRow[]): RowGroup[] {
  const groups: RowGroup[] = [];
  for (const row of rows) {
    const last = groups[groups.length - 1];
    const lastSegment = last?.segments[last.segments.length - 1];
    if (last && lastSegment.blockId === row.blockId && lastSegment.order === row.order - 1 && last.segments.length < MAX_PER_ROW) {
      last.segments.push(row);
    } else {
      const firstOfBlock = !lastSegment || lastSegment.blockId !== row.blockId;
      groups.push({ key: `${row.blockId}-${row.order}`, blockKind: row.blockKind, segments: [row], firstOfBlock });
    }
  }
  return groups;
}
