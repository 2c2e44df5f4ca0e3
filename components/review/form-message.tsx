import { useEffect, type RefObject } from "react";
import type { ReviewFormState } from "@/app/review/actions";
import { formLevelMessage } from "@/components/ui/field-error";

export const INITIAL_STATE: ReviewFormState = { ok: false, message: null };

/** The form's message; `fields` are those that show their own error beside them, which it does not repeat. */
export function FormMessage({ state, fields = [] }: { state: ReviewFormState; fields?: readonly string[] }) {
  const message = state.ok ? state.message : formLevelMessage(state.message, state.fieldErrors, fields);
  if (!message) return null;
  return <p className={state.ok ? "notice" : "alert"} role={state.ok ? "status" : "alert"}>{message}</p>;
}

/** A refused form is drawn afresh with what was typed (keyed by the attempt); the cursor goes back to the field to fix. */
export function useRefocusRefusedForm(form: RefObject<HTMLFormElement | null>, state: ReviewFormState) {
  useEffect(() => {
    if (state.ok || !state.attempt) return;
    const fields = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form.current?.querySelector<HTMLElement>("textarea, select");
    fields?.focus();
  }, [form, state]);
}
