"use client";

import { useActionState, useId, useRef } from "react";
import { rejectAction } from "@/app/review/actions";
import { REJECTION_REASONS } from "@/lib/validations/proposal";
import { OTHER_REASON } from "@/lib/validations/review-form";
import { FieldError, fieldProps } from "@/components/ui/field-error";
import { FormMessage, INITIAL_STATE, useRefocusRefusedForm } from "./form-message";
import styles from "./review.module.css";

export function RejectForm({ proposalId }: { proposalId: number }) {
  const [state, action, pending] = useActionState(rejectAction, INITIAL_STATE);
  const form = useRef<HTMLFormElement>(null);
  useRefocusRefusedForm(form, state);
  const id = useId();
  const errors = state.fieldErrors;
  // A refused rejection keeps the reason chosen and the details written.
  const values = state.ok ? {} : (state.values ?? {});
  return (
    <details className={styles.disclosure}>
      <summary>Reject…</summary>
      <form key={state.attempt ?? 0} ref={form} action={action} className={styles.form}>
        <input type="hidden" name="proposalId" value={proposalId} />
        <label>
          Reason
          <select name="reason" required defaultValue={values.reason ?? ""} {...fieldProps(errors, "reason", `${id}-reason`)}>
            <option value="" disabled>Choose a reason</option>
            {[...REJECTION_REASONS, OTHER_REASON].map((reason) => <option key={reason}>{reason}</option>)}
          </select>
        </label>
        <FieldError errors={errors} name="reason" id={`${id}-reason`} />
        <label>
          Details for the author (required for “Other”)
          <textarea name="details" rows={2} maxLength={900} defaultValue={values.details} className={styles.short} {...fieldProps(errors, "details", `${id}-details`)} />
        </label>
        <FieldError errors={errors} name="details" id={`${id}-details`} />
        <div><button type="submit" disabled={pending}>Reject</button></div>
        <FormMessage state={state} fields={["reason", "details"]} />
      </form>
    </details>
  );
}
