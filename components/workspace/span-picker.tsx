"use client";

import { useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { Typology } from "@/lib/metrics/typology";
import type { AnnotationView } from "@/lib/server/workspace/annotation-view";
import type { Span } from "./highlight-pieces";
import { SegmentText } from "./segment-text";
import { cursorToSpan, findWords, moveCursor, spanToCursor, trimSpan, type WordCursor } from "./word-selection";
import styles from "./workspace.module.css";

type Props = { text: string; flags: AnnotationView[]; typology: Typology; selection: Span | null; activeFlagId: number | null; onSelect: (span: Span) => void };

function offsetIn(container: HTMLElement, node: Node, offset: number) {
  const range = document.createRange();
  range.setStart(container, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The MT, selectable by mouse or by keyboard word by word (arrows move, Shift+arrows extend, Home/End). */
export function SpanPicker({ text, flags, typology, selection, activeFlagId, onSelect }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const words = useMemo(() => findWords(text), [text]);
  const [cursor, setCursor] = useState<WordCursor | null>(null);

  function fromMouse() {
    const chosen = window.getSelection();
    const container = box.current;
    if (!chosen || chosen.rangeCount === 0 || !container) return;
    if (!container.contains(chosen.anchorNode) || !container.contains(chosen.focusNode)) return;
    const a = offsetIn(container, chosen.anchorNode!, chosen.anchorOffset);
    const b = offsetIn(container, chosen.focusNode!, chosen.focusOffset);
    const span = trimSpan(text, { start: Math.min(a, b), end: Math.max(a, b) });
    setCursor(spanToCursor(words, span));
    onSelect(span);
  }

  function onKeyDown(event: KeyboardEvent) {
    const current = cursor ?? (selection ? spanToCursor(words, selection) : { anchor: 0, focus: 0 });
    const next = moveCursor(current, event.key, event.shiftKey, words.length);
    if (!next) return;
    event.preventDefault();
    event.stopPropagation();
    setCursor(next);
    onSelect(cursorToSpan(words, text.length, next));
  }

  return (
    <div
      ref={box}
      id="span-picker"
      className={styles.picker}
      tabIndex={0}
      role="textbox"
      aria-readonly="true"
      aria-label="Machine translation: select words to flag"
      aria-describedby="span-picker-help"
      onMouseUp={fromMouse}
      onKeyDown={onKeyDown}
    >
      <SegmentText text={text} flags={flags} typology={typology} selection={selection} activeFlagId={activeFlagId} />
    </div>
  );
}
