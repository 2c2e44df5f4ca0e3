import { diffWordsWithSpace } from "diff";
import { onlyFunctionWords } from "./function-words";

/** One phrase an edit replaced: "Sergey" by "Sergei". Propagating it is a plain, case-sensitive, whole-word replace. */
export type ChangeHunk = { find: string; replace: string };

const HAS_WORD = /[\p{L}\p{N}]/u;
const WORD_END = /[\p{L}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;
// After a word, a letter or an apostrophe goes on with that word ("Post" + "'s").
const WORD_GOES_ON = /^[\p{L}\p{N}'’]/u;
const MAX_HUNKS = 5;

/** The marks (and the spaces among them) before a trimmed phrase's first letter or digit, or after its last. */
function edgeMarks(text: string, end: "lead" | "tail") {
  const chars = Array.from(text);
  const at = end === "lead" ? chars.findIndex((c) => HAS_WORD.test(c)) : chars.findLastIndex((c) => HAS_WORD.test(c));
  if (at === -1) return "";
  return end === "lead" ? chars.slice(0, at).join("") : chars.slice(at + 1).join("");
}

/**
 * Punctuation an edit put at a phrase's edge (the comma before "which", an opening quote) belongs to that sentence, and
 * so does a stand-alone mark it replaced there ("- Blinken" -> ", Blinken"); propagated, it would land where no sentence
 * wants it. A mark attached to a word the edit removed stays in what is found ("U.S." -> "US").
 */
function withoutEdgePunctuation(find: string, replace: string) {
  const [findLead, replaceLead] = [edgeMarks(find, "lead"), edgeMarks(replace, "lead")];
  if (findLead !== replaceLead) {
    if (/\s$/.test(findLead)) find = find.slice(findLead.length);
    replace = replace.slice(replaceLead.length);
  }
  const [findTail, replaceTail] = [edgeMarks(find, "tail"), edgeMarks(replace, "tail")];
  if (findTail !== replaceTail) {
    if (/^\s/.test(findTail)) find = find.slice(0, find.length - findTail.length);
    replace = replace.slice(0, replace.length - replaceTail.length);
  }
  return { find: find.trim(), replace: replace.trim() };
}

/**
 * The phrases an edit replaced, word by word (jsdiff). Pure insertions and deletions are left out: without the words
 * around them there is nothing to recognise in another sentence.
 */
export function changeHunks(before: string, after: string): ChangeHunk[] {
  const hunks: ChangeHunk[] = [];
  const seen = new Set<string>();
  let removed = "";
  let added = "";
  // The unchanged text before the open hunk: a change glued to a word ("Post" + "'s correspondent") is part of that word.
  let common = "";
  const close = (next: string) => {
    const sides = [removed, added];
    const glued = (WORD_END.test(common) && sides.some((side) => WORD_GOES_ON.test(side))) || (WORD_START.test(next) && sides.some((side) => WORD_END.test(side)));
    const { find, replace } = withoutEdgePunctuation(removed.trim(), added.trim());
    removed = "";
    added = "";
    if (glued || !find || !replace || find === replace || !HAS_WORD.test(find)) return;
    // "the special place" -> "a special place" would offer to turn every "the" of the document into "a", and
    // "What was before" -> "What happened before" every "was" into "happened": such words are grammar, not terms.
    if (onlyFunctionWords(find)) return;
    const key = `${find}\u0000${replace}`;
    if (!seen.has(key)) hunks.push({ find, replace });
    seen.add(key);
  };
  for (const change of diffWordsWithSpace(before, after)) {
    if (change.removed) removed += change.value;
    else if (change.added) added += change.value;
    else if (/^\s+$/.test(change.value) && (removed || added)) {
      // A space between two changed words belongs to the phrase ("Sergey Lavrov" -> "Sergei Lavrov" is one name).
      removed += change.value;
      added += change.value;
    } else {
      if (removed || added) close(change.value);
      common = change.value;
    }
  }
  if (removed || added) close("");
  return hunks.slice(0, MAX_HUNKS);
}
