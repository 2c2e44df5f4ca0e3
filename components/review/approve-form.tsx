"use client";

import { useActionState, useId } from "react";
import { approveAction, type ReviewFormState } from "@/app/review/actions";
import { FormMessage, INITIAL_STATE } from "./form-message";
import { useAfterApproval } from "./after-approval";

type Sentence = { segmentId: number; order: number; title: string };

export function ApproveForm({ proposalId, own, sentence }: { proposalId: number; own: boolean; sentence: Sentence }) {
  const afterApproval = useAfterApproval();
  // Offered from the action itself: the approved card leaves the queue in the same update that would carry its state.
  const [state, action, pending] = useActionState(async (previous: ReviewFormState, form: FormData) => {
    const outcome = await approveAction(previous, form);
    if (outcome.ok) afterApproval({ ...sentence, proposalId });
    return outcome;
  }, INITIAL_STATE);
  const whyId = useId();
  return (
    <form action={action}>
      <input type="hidden" name="proposalId" value={proposalId} />
      <button type="submit" data-approve disabled={own || pending} aria-describedby={own ? whyId : undefined}>Approve</button>
      {own && <p id={whyId} className="muted">You wrote this proposal, so another reviewer has to approve it. You can still reject it to withdraw it.</p>}
      <FormMessage state={state} />
    </form>
  );
}
