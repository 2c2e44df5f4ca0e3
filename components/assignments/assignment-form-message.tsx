import type { AssignmentFormState } from "@/app/documents/[id]/assignments/actions";
import { formLevelMessage } from "@/components/ui/field-error";

/** The outcome, unless one of `fields` already shows it next to itself. */
export function AssignmentFormMessage({ state, fields = [] }: { state: AssignmentFormState; fields?: readonly string[] }) {
  const message = formLevelMessage(state.message, state.fieldErrors, fields);
  if (!message) return null;
  return <div className={state.ok ? "notice" : "alert"} role={state.ok ? "status" : "alert"}>{message}</div>;
}

export type Person = { id: string; name: string; email: string; roles: string[] };

export function PersonOptions({ people }: { people: Person[] }) {
  // The email tells apart two people of one name.
  return people.map((person) => <option key={person.id} value={person.id}>{`${person.name} (${person.email}), ${person.roles.filter((role) => role !== "admin").join(", ")}`}</option>);
}
