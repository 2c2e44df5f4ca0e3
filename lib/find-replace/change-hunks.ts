import { diffWordsWithSpace } from "diff";

/** One phrase an edit replaced: "Sergey" by "Sergei". Propagating it is a plain, case-sensitive, whole-word replace. */
export type ChangeHunk = { find: string; replace: string };

const HAS_WORD = /[\p{L}\p{N}]/u;
const MAX_HUNKS = 5;

/**
 * The phrases an edit replaced, word by word (jsdiff). Pure insertions and deletions are left out: without the words
 * around them there is nothing to recognise in another sentence.
 */
export function changeHunks(before: string, after: string): ChangeHunk[] {
  const hunks: ChangeHunk[] = [];
  const seen = new Set<string>();
  let removed = "";
  let added = "";
  const close = () => {
    const find = removed.trim();
    const replace = added.trim();
    removed = "";
    added = "";
    if (!find || !replace || find === replace || !HAS_WORD.test(find)) return;
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
    } else close();
  }
  close();
  return hunks.slice(0, MAX_HUNKS);
}
