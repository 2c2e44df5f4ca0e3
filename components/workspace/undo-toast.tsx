"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { undoApprovalAction } from "@/app/documents/[id]/review-actions";
import { focusPanelIfLost } from "./refocus-panel";
import type { Approval } from "./review-in-context";
import styles from "./review-in-context.module.css";

// What the page offers; the server allows a little more (UNDO_WINDOW_SECONDS) for a slow answer.
const SHOWN_MS = 10_000;

/**
 * "Approved sentence N · Undo" for ten seconds after an approval in the document; `where` names the sentence where the
 * document is not implied (the review queue, whose cards come from every document).
 */
export function UndoToast({ approval, where, onDone }: { approval: Approval; where?: string; onDone: (undone: boolean) => void }) {
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const done = useRef(onDone);
  done.current = onDone;
  useEffect(() => {
    const timer = setTimeout(() => done.current(false), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [approval]);

  // Gone (undone, or its time up) while its button had the focus: the keyboard carries on from the sentence's panel.
  useEffect(() => () => focusPanelIfLost(), []);

  function undo() {
    if (pending) return;
    startTransition(async () => {
      const result = await undoApprovalAction(approval.proposalId);
      if (!result.ok) return setMessage(result.message);
      onDone(true);
    });
  }

  return (
    <div className={styles.toast} role="status">
      <span>{message ?? `Approved ${where ?? `sentence ${approval.order}`}.`}</span>
      {!message && <button type="button" className="small" onClick={undo} aria-disabled={pending}>Undo</button>}
    </div>
  );
}
