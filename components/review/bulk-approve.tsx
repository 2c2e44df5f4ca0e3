"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { bulkApproveAction } from "@/app/review/actions";
import { FormMessage, INITIAL_STATE } from "./form-message";
import styles from "./review.module.css";

/** The proposals' checkboxes belong to this form through their form="bulk-approve" attribute; one dialog confirms them all. */
export function BulkApprove() {
  const [state, action, pending] = useActionState(bulkApproveAction, INITIAL_STATE);
  const form = useRef<HTMLFormElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const [count, setCount] = useState(0);
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  useEffect(() => dialog.current?.close(), [state]);

  function confirm() {
    setCount(form.current ? new FormData(form.current).getAll("proposalId").length : 0);
    dialog.current?.showModal();
  }

  return (
    <form id="bulk-approve" ref={form} action={action}>
      {/* Until the page is interactive the dialog cannot open, so the button waits too. */}
      <button type="button" onClick={confirm} disabled={!ready}>Approve selected…</button>
      <FormMessage state={state} />
      <dialog ref={dialog} aria-labelledby="bulk-approve-title" className={styles.dialog}>
        <h2 id="bulk-approve-title">{count === 0 ? "Nothing selected" : `Approve ${count} proposal${count === 1 ? "" : "s"}?`}</h2>
        <p>
          {count === 0
            ? "Tick “Select” on the proposals you want to approve together."
            : "They are approved together; any that someone else decided meanwhile are left as they are, and you are told which."}
        </p>
        <div className={styles.row}>
          {count > 0 && <button type="submit" disabled={pending}>Approve {count}</button>}
          <button type="button" className="secondary" onClick={() => dialog.current?.close()}>Cancel</button>
        </div>
      </dialog>
    </form>
  );
}
