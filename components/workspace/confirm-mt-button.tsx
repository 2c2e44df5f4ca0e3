"use client";

import { useState, useTransition } from "react";
import { confirmMtAction } from "@/app/documents/[id]/review-actions";
import styles from "./workspace.module.css";

type Props = { segment: { id: number; version: number; status: string }; onConfirmed: () => Promise<void> };

/** "The MT is right" (c): the sentence is done with its MT unchanged, without typing it out as a proposal. */
export function ConfirmMtButton({ segment, onConfirmed }: Props) {
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  if (segment.status === "confirmed" || segment.status === "approved") return null;

  function confirm() {
    if (pending) return;
    startTransition(async () => {
      const result = await confirmMtAction(segment.id, segment.version);
      if (!result.ok) return setMessage(result.message);
      setMessage(null);
      await onConfirmed();
    });
  }

  return (
    <div className={styles.inline}>
      <button type="button" id="confirm-mt" className={`secondary ${styles.small}`} onClick={confirm} aria-disabled={pending} aria-keyshortcuts="c">
        The MT is right
      </button>
      <span className={styles.meta}>(c) confirms the sentence unchanged: done, and reviewers can check it.</span>
      {message && <p className="alert" role="alert">{message}</p>}
    </div>
  );
}
