import { distance } from "fastest-levenshtein";
import { RE2JS } from "re2js";
import { nameKey } from "@/lib/align/anchors";
import type { ChangeHunk } from "./change-hunks";
import type { SearchQuery } from "./compile-search";

type Row = { id: number; sourceText: string | null; text: string };
export type SourceVariants = { variants: string[]; query: SearchQuery & { replace: string }; segmentIds: Set<number> };

const NAME = /^\p{Lu}[\p{L}'’-]*$/u;
const CAPITALISED = /\p{Lu}[\p{L}'’-]*/gu;
// Sergey, Sergej, Sergeij for Sergei; Sergeyev (3 edits away) is another name.
const MAX_EDITS = 2;

const namesWithKey = (text: string, key: string) => (text.match(CAPITALISED) ?? []).filter((word) => nameKey(word) === key);

/**
 * In a bilingual document, a renamed name ("Sergey" → "Sergei") is looked for by its source too: the other sentences
 * whose source has a name of the same key (Сергей, Сергея) and whose text spells it another close way (Sergej).
 */
export function sourceVariants(savedSource: string | null, hunk: ChangeHunk, rows: readonly Row[], excludeSegmentId: number): SourceVariants | null {
  if (!savedSource || !NAME.test(hunk.find) || !NAME.test(hunk.replace)) return null;
  const key = nameKey(hunk.replace);
  if (key.length < 3 || namesWithKey(savedSource, key).length === 0) return null;
  const variants = new Set<string>();
  const segmentIds = new Set<number>();
  for (const row of rows) {
    if (row.id === excludeSegmentId || !row.sourceText || namesWithKey(row.sourceText, key).length === 0) continue;
    const close = namesWithKey(row.text, key).filter((word) => word !== hunk.replace && distance(word, hunk.replace) <= MAX_EDITS);
    for (const word of close) variants.add(word);
    if (close.length > 0) segmentIds.add(row.id);
  }
  if (variants.size === 0) return null;
  const sorted = [...variants].sort();
  const find = sorted.map((word) => RE2JS.quote(word)).join("|");
  return { variants: sorted, segmentIds, query: { find, replace: hunk.replace.replaceAll("$", "$$$$"), regex: true, caseSensitive: true, wholeWord: true } };
}
