// The browser's selection as a span of one MT element; written by hand because the span must skip the omission marks.
import type { Span } from "./highlight-pieces";
import { snapToWords, wholeCharacters } from "./word-selection";

export type BoxSelection = { span: Span; clipped: boolean };

/** UTF-16 code units of MT text before (node, offset) in the box; aria-hidden marks (‸) are not MT text. */
function offsetIn(box: HTMLElement, node: Node, offset: number) {
  const range = document.createRange();
  range.setStart(box, 0);
  range.setEnd(node, offset);
  const before = range.cloneContents();
  before.querySelectorAll("[aria-hidden]").forEach((mark) => mark.remove());
  return before.textContent?.length ?? 0;
}

/** The current selection, cut to the box when it runs past it; null when it does not touch the box. */
export function readSelection(box: HTMLElement, text: string, characters: boolean): BoxSelection | null {
  const chosen = window.getSelection();
  if (!chosen || chosen.rangeCount === 0) return null;
  const range = chosen.getRangeAt(0);
  if (!range.intersectsNode(box)) return null;
  const startsInside = box.contains(range.startContainer);
  const endsInside = box.contains(range.endContainer);
  const raw = {
    start: startsInside ? offsetIn(box, range.startContainer, range.startOffset) : 0,
    end: endsInside ? offsetIn(box, range.endContainer, range.endOffset) : text.length,
  };
  const span = characters ? wholeCharacters(text, raw) : snapToWords(text, raw);
  return { span, clipped: !startsInside || !endsInside };
}

export function hasRangeSelection() {
  const chosen = window.getSelection();
  return !!chosen && chosen.rangeCount > 0 && !chosen.isCollapsed;
}

/** Drops the browser's highlight once read, so the only highlight left is the span that will be flagged. */
export function clearSelection() {
  window.getSelection()?.removeAllRanges();
}
