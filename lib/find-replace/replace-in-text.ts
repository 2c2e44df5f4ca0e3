// Replace-all over RE2 matches by hand: re2js's replaceAll has neither Unicode whole-word matching nor JavaScript's `$&` / `$<name>`.
import type { CompiledSearch } from "./compile-search";

export type Replaced = { text: string; count: number };

const WORD = /[\p{L}\p{N}\p{M}_]/u;

function codePointBefore(text: string, index: number): string {
  if (index <= 0) return "";
  const low = text.charCodeAt(index - 1);
  return low >= 0xdc00 && low <= 0xdfff && index >= 2 ? text.slice(index - 2, index) : text.slice(index - 1, index);
}

function codePointAt(text: string, index: number): string {
  const point = text.codePointAt(index);
  return point === undefined ? "" : String.fromCodePoint(point);
}

/** A match stands as a whole word when no word character runs on past a word character at either of its ends. */
export function isWholeWord(text: string, start: number, end: number): boolean {
  const first = codePointAt(text, start);
  const last = codePointBefore(text, end);
  if (WORD.test(first) && WORD.test(codePointBefore(text, start))) return false;
  if (WORD.test(last) && WORD.test(codePointAt(text, end))) return false;
  return true;
}

type Groups = { group(group?: string | number): string | null; groupCount(): number };

/** `$$`, `$&`, `$1`…`$99` and `$<name>`, as in JavaScript's String.prototype.replace; anything else stays as written. */
export function expandReplacement(replacement: string, match: Groups): string {
  return replacement.replace(/\$(\$|&|\d{1,2}|<([^>]+)>)/g, (token, what: string, name: string | undefined) => {
    if (what === "$") return "$";
    if (what === "&") return match.group() ?? "";
    try {
      if (name !== undefined) return match.group(name) ?? "";
      const index = Number(what);
      if (index >= 1 && index <= match.groupCount()) return match.group(index) ?? "";
      // "$10" with fewer than ten groups is group 1 and a "0" ("$1000" joins "10 000").
      const first = Number(what[0]);
      if (what.length === 2 && first >= 1 && first <= match.groupCount()) return (match.group(first) ?? "") + what[1];
    } catch {
      // An unknown group name stays as written, like JavaScript does without named groups.
    }
    return token;
  });
}

/** The person's groups of a `wordEnd` match: the whole match and the group count leave out the character after it. */
function withoutWordEnd(match: Groups, whole: string): Groups {
  const count = match.groupCount() - 1;
  return { group: (group?: string | number) => (group === undefined || group === 0 ? whole : match.group(group)), groupCount: () => count };
}

/** Every non-empty match of the search in the text, left to right, replaced; a plain search's replacement is taken literally. */
export function replaceInText(text: string, search: CompiledSearch, replacement: string): Replaced {
  const { query, pattern } = search;
  const matcher = pattern.matcher(text);
  let out = "";
  let copied = 0;
  let from = 0;
  let count = 0;
  while (from <= text.length && matcher.find(from)) {
    const start = matcher.start();
    let end = matcher.end();
    let groups: Groups = matcher;
    if (query.wholeWord && search.wordEnd && end > start && !isWholeWord(text, start, end)) {
      // The match ends inside a word: another way for the pattern to match here may end at the word's end.
      const bounded = search.wordEnd.matcher(text);
      if (bounded.find(start) && bounded.start() === start) {
        end = bounded.start(bounded.groupCount());
        groups = withoutWordEnd(bounded, text.slice(start, end));
      }
    }
    if (end === start || (query.wholeWord && !isWholeWord(text, start, end))) {
      from = start + Math.max(1, codePointAt(text, start).length);
      continue;
    }
    out += text.slice(copied, start) + (query.regex ? expandReplacement(replacement, groups) : replacement);
    copied = end;
    from = end;
    count += 1;
  }
  return count === 0 ? { text, count } : { text: out + text.slice(copied), count };
}
