import { createHash } from "node:crypto";

/** How an export names people: by email, or by a stable pseudonym. */
export type Raters = "emails" | "anonymous";

type Person = { id: string; email: string };

/**
 * A pseudonym derived from the account id (random, never shown), not from the email, which anyone could hash and
 * compare: the same person gets the same name in every export of every document, and no one can be told by it.
 */
export function raterName(person: Person, raters: Raters): string {
  if (raters === "emails") return person.email;
  return `rater-${createHash("sha256").update(`verso-rater:${person.id}`).digest("hex").slice(0, 10)}`;
}
