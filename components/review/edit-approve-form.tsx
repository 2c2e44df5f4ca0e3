"use client";

import { useActionState } from "react";
import { editAndApproveAction } from "@/app/review/actions";
import { MAX_SEGMENT_TEXT } from "@/lib/validations/proposal";
import { FormMessage, INITIAL_STATE } from "./form-message";
import styles from "./review.module.css";

export function EditApproveForm({ proposalId, text }: { proposalId: number; text: string }) {
  const [state, action, pending] = useActionState(editAndApproveAction, INITIAL_STATE);
  return (
    <details className={styles.disclosure}>
      <summary>Edit and approve…</summary>
      <form action={action} className={styles.form}>
        <input type="hidden" name="proposalId" value={proposalId} />
        <label>
          Corrected text
          <textarea name="text" rows={3} required maxLength={MAX_SEGMENT_TEXT} defaultValue={text} className={styles.short} />
        </label>
        <label>
          If the checks report an error you keep on purpose, say why (optional)
          <input type="text" name="checkOverrideReason" maxLength={1000} />
        </label>
        <div><button type="submit" disabled={pending}>Approve edited text</button></div>
        <FormMessage state={state} />
      </form>
    </details>
  );
}
