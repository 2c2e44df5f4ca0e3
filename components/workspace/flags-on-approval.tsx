"use client";

import { forwardRef } from "react";
import styles from "./review-in-context.module.css";

type Props = { count: number; onChoose: (resolveFlags: boolean) => void };

/** Asked before an approval when the sentence has open flags: resolve them all with it, or keep them open. */
export const FlagsOnApproval = forwardRef<HTMLDialogElement, Props>(function FlagsOnApproval({ count, onChoose }, ref) {
  return (
    <dialog ref={ref} className={`card ${styles.dialog}`} aria-labelledby="flags-on-approval-heading">
      <h2 id="flags-on-approval-heading">This sentence has {count} open flag{count === 1 ? "" : "s"}</h2>
      <p>What should happen to {count === 1 ? "it" : "them"} with this approval?</p>
      <form method="dialog" className={styles.actions}>
        <button type="submit" onClick={() => onChoose(true)}>Resolve all and approve</button>
        <button type="submit" className="secondary" onClick={() => onChoose(false)}>Keep open and approve</button>
        <button type="submit" className="secondary">Cancel</button>
      </form>
    </dialog>
  );
});
