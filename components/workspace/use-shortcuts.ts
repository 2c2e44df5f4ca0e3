"use client";

import { useEffect, useRef } from "react";

export type ShortcutHandlers = {
  next: () => void;
  previous: () => void;
  nextUntouched: () => void;
  flag: () => void;
  propose: () => void;
  help: () => void;
  escape: () => void;
  /** Confirm the MT unchanged; approve, reject, edit and approve the proposal under review (the panel's buttons). */
  confirm?: () => void;
  approve?: () => void;
  reject?: () => void;
  edit?: () => void;
};

// A radio button or checkbox takes no letters, so a reviewer who just chose how to read a proposal can press a at once.
const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ["TEXTAREA", "SELECT"].includes(target.tagName) || (target instanceof HTMLInputElement && !["radio", "checkbox"].includes(target.type)));

/** Single-key shortcuts stay out of the way while typing; Alt+arrows and Escape work everywhere. */
export function useShortcuts(handlers: ShortcutHandlers) {
  const latest = useRef(handlers);
  latest.current = handlers;

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const on = latest.current;
      if (event.defaultPrevented || event.ctrlKey || event.metaKey) return;
      if (document.querySelector("dialog[open]")) return;
      if (event.altKey && event.key === "ArrowDown") return run(event, on.next);
      if (event.altKey && event.key === "ArrowUp") return run(event, on.previous);
      if (event.key === "Escape") return run(event, on.escape);
      if (event.altKey || isTyping(event.target)) return;
      const action = { j: on.next, k: on.previous, n: on.nextUntouched, f: on.flag, p: on.propose, "?": on.help, c: on.confirm, a: on.approve, r: on.reject, e: on.edit }[event.key];
      if (action) run(event, action);
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}

function run(event: KeyboardEvent, action: () => void) {
  event.preventDefault();
  action();
}
