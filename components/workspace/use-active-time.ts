"use client";

import { useEffect, useRef } from "react";
import { recordTimeAction } from "@/app/documents/[id]/actions";

const IDLE_AFTER_MS = 30_000;
const FLUSH_EVERY_MS = 15_000;
const TICK_MS = 1_000;

/**
 * Counts time on the open segment only while the tab is visible and there was input in the last 30 s,
 * and sends it in slices: every 15 s, when the tab is hidden, and when the segment closes.
 */
export function useActiveTime(segmentId: number | null, enabled: boolean) {
  const lastInput = useRef(0);
  const pending = useRef(0);

  useEffect(() => {
    if (!enabled || segmentId === null) return;
    lastInput.current = Date.now();
    pending.current = 0;
    let lastTick = Date.now();
    const flush = () => {
      const slice = pending.current;
      pending.current = 0;
      if (slice >= 1_000) void recordTimeAction(segmentId, slice);
      else pending.current = slice;
    };
    const onInput = () => {
      lastInput.current = Date.now();
    };
    const onVisibility = () => {
      if (document.visibilityState === "hidden") flush();
      lastTick = Date.now();
    };
    const tick = setInterval(() => {
      const now = Date.now();
      if (document.visibilityState === "visible" && now - lastInput.current < IDLE_AFTER_MS) pending.current += Math.min(now - lastTick, 2 * TICK_MS);
      lastTick = now;
    }, TICK_MS);
    const flusher = setInterval(flush, FLUSH_EVERY_MS);
    const events = ["keydown", "pointerdown", "pointermove", "input", "wheel"] as const;
    events.forEach((name) => window.addEventListener(name, onInput, { passive: true }));
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("pagehide", flush);
    return () => {
      clearInterval(tick);
      clearInterval(flusher);
      events.forEach((name) => window.removeEventListener(name, onInput));
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("pagehide", flush);
      flush();
    };
  }, [segmentId, enabled]);
}
