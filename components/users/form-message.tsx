"use client";

import { useSyncExternalStore } from "react";
import type { UserFormState } from "@/app/admin/users/actions";
import { formLevelMessage } from "@/components/ui/field-error";

const origin = () => window.location.origin;

/** The action's outcome (unless one of `fields` shows it next to itself); an invite link is shown whole, ready to copy. */
export function FormMessage({ state, fields = [] }: { state: UserFormState; fields?: readonly string[] }) {
  const base = useSyncExternalStore(() => () => {}, origin, () => "");
  const message = formLevelMessage(state.message, state.fieldErrors, fields);
  if (!message) return null;
  return (
    <div className={state.ok ? "notice" : "alert"} role={state.ok ? "status" : "alert"} tabIndex={-1}>
      {message}
      {state.inviteLink && <code className="invite-link">{`${base}${state.inviteLink}`}</code>}
    </div>
  );
}
