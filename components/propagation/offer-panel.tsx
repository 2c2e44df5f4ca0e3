"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import type { Outcome } from "@/app/documents/[id]/propagation-actions";
import type { ApplyOutcome } from "@/lib/server/propagation/apply-to-sentences";
import type { SentenceChange } from "@/lib/server/propagation/preview-changes";
import { focusPanelIfLost } from "@/components/workspace/refocus-panel";
import { applyMessage } from "./apply-message";
import { applicable, ChangePreview } from "./change-preview";
import styles from "./propagation.module.css";

type Versions = { segmentId: number; expectedVersion: number }[];
type Props = { heading: string; changes: SentenceChange[]; onApply: (segments: Versions) => Promise<Outcome<ApplyOutcome>>; onDismiss: () => void };

const others = (count: number) => `${count.toLocaleString("en")} other sentence${count === 1 ? "" : "s"}`;

/** An offer to make the same change elsewhere: the diffs to check, then one apply that creates proposals. */
export function OfferPanel({ heading, changes, onApply, onDismiss }: Props) {
  const [selected, setSelected] = useState<Set<number>>(() => applicable(changes));
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [done, setDone] = useState(false);
  const [pending, startTransition] = useTransition();
  const close = useRef<HTMLButtonElement>(null);

  // Applied, the Apply button that had the focus is gone: Close is where a keyboard user goes on from.
  useEffect(() => {
    if (done) close.current?.focus();
  }, [done]);

  function dismiss() {
    onDismiss();
    focusPanelIfLost();
  }

  function apply() {
    const segments = changes.filter((change) => selected.has(change.segmentId)).map((change) => ({ segmentId: change.segmentId, expectedVersion: change.version }));
    if (pending || segments.length === 0) return;
    startTransition(async () => {
      const outcome = await onApply(segments);
      setMessage(outcome.ok ? { ok: true, text: applyMessage(outcome.value) } : { ok: false, text: outcome.message });
      if (outcome.ok) setDone(true);
    });
  }

  return (
    <section className={styles.offer} aria-label={heading}>
      <h2>{heading}</h2>
      {!done && <ChangePreview changes={changes} selected={selected} onChange={setSelected} label={`Changes to ${others(changes.length)}`} />}
      {message && <p className={message.ok ? "notice" : "alert"} role={message.ok ? "status" : "alert"}>{message.text}</p>}
      <div className={styles.row}>
        {!done && <button type="button" aria-disabled={pending || selected.size === 0} onClick={apply}>Apply to {others(selected.size)}</button>}
        <button type="button" ref={close} className="secondary" onClick={dismiss}>{done ? "Close" : "Not now"}</button>
      </div>
    </section>
  );
}
