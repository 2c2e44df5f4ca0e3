"use client";

import { useActionState, useId } from "react";
import { approveAction } from "@/app/review/actions";
import { FormMessage, INITIAL_STATE } from "./form-message";

export function ApproveForm({ proposalId, own }: { proposalId: number; own: boolean }) {
  const [state, action, pending] = useActionState(approveAction, INITIAL_STATE);
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
