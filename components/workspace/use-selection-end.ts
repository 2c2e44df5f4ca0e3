"use client";

import { useEffect, useRef } from "react";

/** How long a touch selection must stay still before it is read: until then its handles may still be moving. */
const SETTLED_MS = 500;

/**
 * Calls `onEnd` when a person has finished selecting text: on mouseup (with Alt held or not), and on a touch screen,
 * where a long press and the selection's handles send no mouseup, once the selection has stopped changing.
 * On the document, not an element: a drag that ends outside the text must still count.
 */
export function useSelectionEnd(onEnd: (altKey: boolean) => void, enabled = true) {
  const latest = useRef(onEnd);
  latest.current = onEnd;

  useEffect(() => {
    if (!enabled) return;
    let touch = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const fromMouse = (event: MouseEvent) => latest.current(event.altKey);
    const fromPointer = (event: PointerEvent) => {
      touch = event.pointerType === "touch";
    };
    const fromSelection = () => {
      if (!touch) return;
      clearTimeout(timer);
      timer = setTimeout(() => latest.current(false), SETTLED_MS);
    };
    document.addEventListener("mouseup", fromMouse);
    document.addEventListener("pointerdown", fromPointer);
    document.addEventListener("selectionchange", fromSelection);
    return () => {
      clearTimeout(timer);
      document.removeEventListener("mouseup", fromMouse);
      document.removeEventListener("pointerdown", fromPointer);
      document.removeEventListener("selectionchange", fromSelection);
    };
  }, [enabled]);
}
