"use client";

import type { SegmentRow } from "@/lib/server/workspace/list-segments";
import type { IncomingSpan } from "./flag-editor";
import { clearSelection, hasRangeSelection, readSelection } from "./read-selection";
import { useSelectionEnd } from "./use-selection-end";

/**
 * Words selected in the article's text open their sentence with that span ready to flag, as in the panel:
 * whole words (Alt for characters), cut to the first sentence the selection touches.
 */
export function useArticleSelection(rows: SegmentRow[], enabled: boolean, onSpan: (incoming: IncomingSpan) => void) {
  useSelectionEnd((altKey) => {
    if (!hasRangeSelection()) return;
    const range = window.getSelection()!.getRangeAt(0);
    const box = Array.from(document.querySelectorAll<HTMLElement>("[data-mt-of]")).find((element) => range.intersectsNode(element));
    const row = box && rows.find((candidate) => candidate.id === Number(box.dataset.mtOf));
    const read = row && readSelection(box, row.mtText, altKey);
    if (!row || !read || read.span.start === read.span.end) return;
    clearSelection();
    onSpan({ segmentId: row.id, ...read, nonce: Date.now() });
  }, enabled);
}
