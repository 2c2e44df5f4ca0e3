"use client";

import { useEffect, useRef } from "react";
import type { SegmentRow } from "@/lib/server/workspace/list-segments";
import type { IncomingSpan } from "./flag-editor";
import { clearSelection, hasRangeSelection, readSelection } from "./read-selection";

/**
 * Words selected in the article's text open their sentence with that span ready to flag, as in the panel:
 * whole words (Alt for characters), cut to the first sentence the selection touches.
 */
export function useArticleSelection(rows: SegmentRow[], enabled: boolean, onSpan: (incoming: IncomingSpan) => void) {
  const latest = useRef({ rows, onSpan });
  latest.current = { rows, onSpan };

  useEffect(() => {
    if (!enabled) return;
    function fromMouse(event: MouseEvent) {
      if (!hasRangeSelection()) return;
      const range = window.getSelection()!.getRangeAt(0);
      const box = Array.from(document.querySelectorAll<HTMLElement>("[data-mt-of]")).find((element) => range.intersectsNode(element));
      const row = box && latest.current.rows.find((candidate) => candidate.id === Number(box.dataset.mtOf));
      const read = row && readSelection(box, row.mtText, event.altKey);
      if (!row || !read || read.span.start === read.span.end) return;
      clearSelection();
      latest.current.onSpan({ segmentId: row.id, ...read, nonce: Date.now() });
    }
    document.addEventListener("mouseup", fromMouse);
    return () => document.removeEventListener("mouseup", fromMouse);
  }, [enabled]);
}
