"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { createPortal } from "react-dom";
import type { GlossaryEntry } from "@/lib/checks/types";
import type { TermKind } from "@/lib/checks/glossary-spans";
import styles from "./glossary.module.css";

const KIND = { source: "glossary term", preferred: "preferred translation", forbidden: "forbidden translation" } as const;

/**
 * A glossary term in a sentence, with its entry in a tooltip on hover or focus (Escape hides it). The tooltip lives
 * in document.body, outside the sentence, so the sentence's text stays exactly its text (span picking reads it).
 */
export function TermMark({ entry, kind, children }: { entry: GlossaryEntry; kind: TermKind; children: ReactNode }) {
  const id = useId();
  const mark = useRef<HTMLElement>(null);
  const [at, setAt] = useState<{ left: number; top: number } | null>(null);
  const show = () => {
    const box = mark.current?.getBoundingClientRect();
    if (box) setAt({ left: box.left, top: box.bottom + 4 });
  };
  const hide = () => setAt(null);
  useEffect(() => {
    if (!at) return;
    // Escape hides the tooltip first (WCAG 1.4.13); preventDefault keeps the workspace from also closing the sentence.
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      event.preventDefault();
      setAt(null);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [at]);

  return (
    <>
      <mark ref={mark} className={`${styles.term} ${styles[kind]}`} tabIndex={0} aria-describedby={id} onMouseEnter={show} onMouseLeave={hide} onFocus={show} onBlur={hide}>
        {children}
      </mark>
      {typeof document !== "undefined" &&
        createPortal(
          <div role="tooltip" id={id} className={styles.tooltip} hidden={!at} style={at ?? undefined}>
            <strong>{entry.source}</strong> → {entry.preferred} <span className={styles.kind}>({KIND[kind]})</span>
            {entry.forbidden.length > 0 && <div>Not: {entry.forbidden.join(", ")}</div>}
            {entry.note && <div>{entry.note}</div>}
          </div>,
          document.body,
        )}
    </>
  );
}
