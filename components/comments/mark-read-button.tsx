"use client";

import { useActionState } from "react";
import { markReadAction, type MarkReadState } from "@/app/notifications/actions";

const INITIAL: MarkReadState = { ok: false, message: null };

/** "Mark read" for one notification, or "Mark all read" without a mentionId. */
export function MarkReadButton({ mentionId, label }: { mentionId?: number; label: string }) {
  const [state, action, pending] = useActionState(markReadAction, INITIAL);
  return (
    <form action={action} className="inline-form">
      {mentionId !== undefined && <input type="hidden" name="mentionId" value={mentionId} />}
      <button type="submit" className="secondary" disabled={pending}>{label}</button>
      {state.message && <span className="alert" role="alert">{state.message}</span>}
    </form>
  );
}
