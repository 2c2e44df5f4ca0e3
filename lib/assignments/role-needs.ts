// Which role a person needs to be assigned sentences to edit or to review.
export const ROLE_NEEDS = { edit: "editor", review: "reviewer" } as const;

/** The people who may take an assignment of this kind. */
export function mayTake<P extends { roles: readonly string[] }>(people: readonly P[], role: keyof typeof ROLE_NEEDS): P[] {
  return people.filter((person) => person.roles.includes(ROLE_NEEDS[role]));
}
