import type { Mentionable } from "@/lib/comments/parse-mentions";

/** The "@..." being typed before the caret (at most two words, as names are), or null when the caret is not in one. */
export function mentionQuery(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const match = /(^|[^\p{L}\p{N}_.@])@([^\s@]*(?: [^\s@]*)?)$/u.exec(before);
  if (!match) return null;
  return { start: caret - match[2].length - 1, query: match[2] };
}

/** Up to five people whose name or email starts with (or has a word starting with) the query. */
export function suggestPeople(people: Mentionable[], query: string): Mentionable[] {
  const q = query.toLocaleLowerCase();
  return people
    .filter((person) => [person.email, ...person.name.split(/\s+/), person.name].some((part) => part.toLocaleLowerCase().startsWith(q)))
    .slice(0, 5);
}

/** What a chosen person is written as: the name when no one else has it, else the email, which is never ambiguous. */
export function mentionText(person: Mentionable, people: Mentionable[]): string {
  const same = people.filter((other) => other.name.toLocaleLowerCase() === person.name.toLocaleLowerCase());
  return same.length === 1 ? person.name : person.email;
}
