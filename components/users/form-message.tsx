"use client";

import { useSyncExternalStore } from "react";
import type { UserFormState } from "@/app/admin/users/actions";

const origin = () => window.location.origin;

/** The action's outcome; an invite link is shown whole, ready to copy. */
export function FormMessage({ state }: { state: UserFormState }) {
  const base = useSyncExternalStore(() => () => {}, origin, () => "");
  if (!state.message) return null;
  return (
    <div className={state.ok ? "notice" : "alert"} role={state.ok ? "status" : "alert"}>
      {state.message}
      {state.inviteLink && <code className="invite-link">{`${base}${state.inviteLink}`}</code>}
    </div>
  );
}
