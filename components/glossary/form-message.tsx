import type { GlossaryFormState } from "@/app/glossaries/actions";

/** An action's outcome: a notice when it worked, an alert (read out at once) when it did not. */
export function FormMessage({ state }: { state: GlossaryFormState }) {
  if (!state.message) return null;
  return <p className={state.ok ? "notice" : "alert"} role={state.ok ? "status" : "alert"}>{state.message}</p>;
}
