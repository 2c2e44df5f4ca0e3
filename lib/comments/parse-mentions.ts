// Finding @mentions by matching the people who exist, longest first: names have spaces ("@Ann Lee"), so no pattern alone can tell where one ends.
export type Mentionable = { id: string; name: string; email: string };
export type ParsedMentions = { userIds: string[]; ambiguous: string[]; unknown: string[] };

const WORD = /[\p{L}\p{N}_]/u;
const EMAIL_CHAR = /[\p{L}\p{N}._%+-]/u;
/** An email address right after an "@": mentioning one that matches nobody is worth telling the author about. */
const EMAIL = /^[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u;
const fold = (text: string) => text.normalize("NFC").toLocaleLowerCase("und");

type Candidate = { key: string; ids: string[]; isEmail: boolean };

function candidates(people: Mentionable[]): Candidate[] {
  const byKey = new Map<string, Candidate>();
  const add = (key: string, id: string, isEmail: boolean) => {
    if (!key) return;
    const found = byKey.get(key) ?? { key, ids: [], isEmail };
    if (!found.ids.includes(id)) found.ids.push(id);
    byKey.set(key, found);
  };
  for (const person of people) {
    add(fold(person.email), person.id, true);
    add(fold(person.name.trim().replace(/\s+/g, " ")), person.id, false);
  }
  return [...byKey.values()].sort((a, b) => b.key.length - a.key.length);
}

/** A name ends before a word character; an email also before "@", and a "." ends it only when no email character follows. */
function endsHere(rest: string, at: number, isEmail: boolean): boolean {
  const next = rest[at];
  if (next === undefined) return true;
  if (!isEmail) return !WORD.test(next);
  if (next === ".") return !EMAIL_CHAR.test(rest[at + 1] ?? " ");
  return !EMAIL_CHAR.test(next) && next !== "@";
}

/**
 * The people a comment mentions: "@" at the start or after a non-word character, then a person's email or name,
 * case-insensitive, ending where a word (or an email) ends. A name several people share mentions none of them: the
 * author is told to use the email instead; an email that matches nobody who can be mentioned is named too.
 */
export function parseMentions(body: string, people: Mentionable[]): ParsedMentions {
  const text = fold(body).replace(/[ \t]+/g, " ");
  const list = candidates(people);
  const userIds = new Set<string>();
  const ambiguous = new Set<string>();
  const unknown = new Set<string>();
  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
    if (at > 0 && (WORD.test(text[at - 1]) || EMAIL_CHAR.test(text[at - 1]))) continue;
    const rest = text.slice(at + 1);
    const match = list.find(({ key, isEmail }) => rest.startsWith(key) && endsHere(rest, key.length, isEmail));
    if (!match) {
      const email = EMAIL.exec(rest)?.[0];
      if (email) unknown.add(`@${email}`);
      continue;
    }
    if (match.ids.length === 1) userIds.add(match.ids[0]);
    else ambiguous.add(`@${match.key}`);
  }
  return { userIds: [...userIds], ambiguous: [...ambiguous], unknown: [...unknown] };
}
