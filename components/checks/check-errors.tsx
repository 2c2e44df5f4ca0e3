"use client";

import { useState } from "react";
import type { CheckError } from "@/lib/server/checks/proposal-check-errors";
import workspace from "@/components/workspace/workspace.module.css";
import styles from "./checks.module.css";

type Props = { errors: CheckError[]; pending: boolean; onSubmitAnyway: (reason: string) => void };

/** Shown when the server refused a proposal for the checks' errors: fix the text, or submit anyway with a reason. */
export function CheckErrors({ errors, pending, onSubmitAnyway }: Props) {
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  return (
    <div className={styles.override} role="alert" aria-labelledby="check-errors-heading">
      <p id="check-errors-heading"><strong>The checks report {errors.length === 1 ? "an error" : `${errors.length} errors`} in your proposal.</strong> Fix the text, or submit it anyway and say why.</p>
      <ul aria-label="Errors in your proposal">
        {errors.map((error) => (
          <li key={`${error.check}:${error.start}`}>
            <code>{error.check}</code> on “<mark className={`${styles.span} ${styles.spanError}`}>{error.text}</mark>”: {error.message}
          </li>
        ))}
      </ul>
      <label className={workspace.field}>
        Why submit anyway?
        <input value={reason} onChange={(event) => { setReason(event.target.value); setMissing(false); }} maxLength={1_000} aria-invalid={missing || undefined} aria-describedby={missing ? "override-missing" : undefined} />
      </label>
      {missing && <p id="override-missing" className="alert">Say why you submit the proposal although the checks report an error.</p>}
      <button type="button" className={`secondary ${workspace.small}`} aria-disabled={pending} onClick={() => (reason.trim() ? onSubmitAnyway(reason.trim()) : setMissing(true))}>
        Submit anyway
      </button>
    </div>
  );
}
