"use client";

import { useActionState } from "react";
import { rejectAction } from "@/app/review/actions";
import { REJECTION_REASONS } from "@/lib/validations/proposal";
import { OTHER_REASON } from "@/lib/validations/review-form";
import { FormMessage, INITIAL_STATE } from "./form-message";
import styles from "./review.module.css";

export function RejectForm({ proposalId }: { proposalId: number }) {
  const [state, action, pending] = useActionState(rejectAction, INITIAL_STATE);
  return (
    <details className={styles.disclosure}>
      <summary>Reject…</summary>
      <form action={action} className={styles.form}>
        <input type="hidden" name="proposalId" value={proposalId} />
        <label>
          Reason
          <select name="reason" required defaultValue="">
            <option value="" disabled>Choose a reason</option>
            {[...REJECTION_REASONS, OTHER_REASON].map((reason) => <option key={reason}>{reason}</option>)}
          </select>
        </label>
        <label>
          Details for the author (required for “Other”)
          <textarea name="details" rows={2} maxLength={900} className={styles.short} />
        </label>
        <div><button type="submit" disabled={pending}>Reject</button></div>
        <FormMessage state={state} />
      </form>
    </details>
  );
}
