"use client";

import { useActionState, useRef } from "react";
import { editAndApproveAction, type ReviewFormState } from "@/app/review/actions";
import { MAX_SEGMENT_TEXT } from "@/lib/validations/proposal";
import { FormMessage, INITIAL_STATE, useRefocusRefusedForm } from "./form-message";
import { useAfterApproval } from "./after-approval";
import styles from "./review.module.css";

type Sentence = { segmentId: number; order: number; title: string };

export function EditApproveForm({ proposalId, text, sentence }: { proposalId: number; text: string; sentence: Sentence }) {
  const afterApproval = useAfterApproval();
  const [state, action, pending] = useActionState(async (previous: ReviewFormState, form: FormData) => {
    const outcome = await editAndApproveAction(previous, form);
    if (outcome.ok && outcome.approvedProposalId) afterApproval({ ...sentence, proposalId: outcome.approvedProposalId });
    return outcome;
  }, INITIAL_STATE);
  const form = useRef<HTMLFormElement>(null);
  useRefocusRefusedForm(form, state);
  // A refused edit (an error the checks report, a conflict) keeps the reviewer's text and reason to fix or explain.
  const values = state.ok ? {} : (state.values ?? {});
  return (
    <details className={styles.disclosure}>
      <summary>Edit and approve…</summary>
      <form key={state.attempt ?? 0} ref={form} action={action} className={styles.form}>
        <input type="hidden" name="proposalId" value={proposalId} />
        <label>
          Corrected text
          <textarea name="text" rows={3} required maxLength={MAX_SEGMENT_TEXT} defaultValue={values.text ?? text} className={styles.short} />
        </label>
        <label>
          If the checks report an error you keep on purpose, say why (optional)
          <input type="text" name="checkOverrideReason" maxLength={1000} defaultValue={values.checkOverrideReason} />
        </label>
        <div><button type="submit" disabled={pending}>Approve edited text</button></div>
        <FormMessage state={state} />
      </form>
    </details>
  );
}
