import type { AssignmentFormState } from "@/app/documents/[id]/assignments/actions";

export function AssignmentFormMessage({ state }: { state: AssignmentFormState }) {
  if (!state.message) return null;
  return <div className={state.ok ? "notice" : "alert"} role={state.ok ? "status" : "alert"}>{state.message}</div>;
}

export type Person = { id: string; name: string; email: string; roles: string[] };

export function PersonOptions({ people }: { people: Person[] }) {
  // The email tells apart two people of one name.
  return people.map((person) => <option key={person.id} value={person.id}>{`${person.name} (${person.email}), ${person.roles.filter((role) => role !== "admin").join(", ")}`}</option>);
}
