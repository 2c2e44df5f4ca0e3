"use client";

import { useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { Typology } from "@/lib/metrics/typology";
import type { AnnotationView } from "@/lib/server/workspace/annotation-view";
import type { Span } from "./highlight-pieces";
import { clearSelection, readSelection } from "./read-selection";
import { SegmentText } from "./segment-text";
import { useSelectionEnd } from "./use-selection-end";
import { cursorToSpan, findWords, moveCursor, spanToCursor, type WordCursor } from "./word-selection";
import styles from "./workspace.module.css";

type Props = { text: string; flags: AnnotationView[]; typology: Typology; selection: Span | null; activeFlagId: number | null; onSelect: (span: Span, clipped: boolean) => void };

/** The MT, selectable by mouse (whole words, Alt for characters) or by keyboard word by word (arrows, Shift+arrows, Home/End). */
export function SpanPicker({ text, flags, typology, selection, activeFlagId, onSelect }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const words = useMemo(() => findWords(text), [text]);
  const [cursor, setCursor] = useState<WordCursor | null>(null);

  // A drag that ends outside the box still counts, cut at the box's edge.
  useSelectionEnd((altKey) => {
    const read = box.current && readSelection(box.current, text, altKey);
    if (!read) return;
    clearSelection();
    setCursor(spanToCursor(words, read.span));
    onSelect(read.span, read.clipped);
  });

  function onKeyDown(event: KeyboardEvent) {
    const current = cursor ?? (selection ? spanToCursor(words, selection) : { anchor: 0, focus: 0 });
    const next = moveCursor(current, event.key, event.shiftKey, words.length);
    if (!next) return;
    event.preventDefault();
    event.stopPropagation();
    setCursor(next);
    onSelect(cursorToSpan(words, text.length, next), false);
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
      onKeyDown={onKeyDown}
    >
      <SegmentText text={text} flags={flags} typology={typology} selection={selection} activeFlagId={activeFlagId} />
    </div>
  );
}
