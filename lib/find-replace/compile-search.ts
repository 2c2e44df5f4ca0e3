// Patterns run on RE2 (re2js, a pure-JavaScript port): matching time is linear in the text, so no pattern can hang the server.
import { RE2JS } from "re2js";

export type SearchQuery = { find: string; regex: boolean; caseSensitive: boolean; wholeWord: boolean };
/**
 * `pattern` is the search. With whole word, `wordEnd` is the same search followed by a non-word character (or the end),
 * captured as its last group: where the first match ends inside a word ("Serge" in "Sergey"), it finds the alternative
 * that does not ("Serge|Sergey"); the groups the person wrote keep their numbers in it.
 */
export type CompiledSearch = { query: SearchQuery; pattern: RE2JS; wordEnd?: RE2JS };

const WORD_END = "([^\\p{L}\\p{N}\\p{M}_]|$)";
export type CompileOutcome = { ok: true; search: CompiledSearch } | { ok: false; message: string };

export const MAX_FIND_LENGTH = 500;
export const MAX_REPLACE_LENGTH = 2000;

const UNSUPPORTED = /invalid escape sequence: `\\[1-9]|unsupported Perl syntax: `\(\?[=!]|invalid named capture: `\(\?<[=!]/;

/** A pattern that does not compile, or uses what RE2 leaves out (backreferences, lookaround), is refused with a sentence that says why. */
export function compileSearch(query: SearchQuery): CompileOutcome {
  if (query.find.length === 0) return { ok: false, message: "Type what to find." };
  if (query.find.length > MAX_FIND_LENGTH) return { ok: false, message: `What to find is ${MAX_FIND_LENGTH} characters at most.` };
  const source = query.regex ? query.find : RE2JS.quote(query.find);
  try {
    const flags = query.caseSensitive ? 0 : RE2JS.CASE_INSENSITIVE;
    const pattern = RE2JS.compile(source, flags);
    if (query.regex && pattern.matcher("").find()) return { ok: false, message: "This regular expression matches empty text; it must match at least one character." };
    return { ok: true, search: { query, pattern, ...(query.wholeWord && { wordEnd: RE2JS.compile(`(?:${source})${WORD_END}`, flags) }) } };
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/^error parsing regexp: /, "") : "it does not compile";
    if (UNSUPPORTED.test(detail)) {
      return { ok: false, message: `This regular expression uses backreferences or lookaround, which are refused because they can take exponential time (${detail}).` };
    }
    return { ok: false, message: `This regular expression is not valid: ${detail}.` };
  }
}
