import type { GlossaryFormState } from "@/app/glossaries/actions";
import { formLevelMessage } from "@/components/ui/field-error";

/** An action's outcome: a notice when it worked, an alert (read out at once) when it did not, unless one of `fields` shows it. */
export function FormMessage({ state, fields = [] }: { state: GlossaryFormState; fields?: readonly string[] }) {
  const message = formLevelMessage(state.message, state.fieldErrors, fields);
  if (!message) return null;
  return <p className={state.ok ? "notice" : "alert"} role={state.ok ? "status" : "alert"} tabIndex={-1}>{message}</p>;
}
