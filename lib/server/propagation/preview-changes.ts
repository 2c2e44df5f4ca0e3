import "server-only";
import { compileSearch, type SearchQuery } from "@/lib/find-replace/compile-search";
import { replaceInText } from "@/lib/find-replace/replace-in-text";
import { AppError } from "@/lib/errors";
import type { CurrentText } from "./current-texts";
import type { HeldReason } from "./held-changes";

/** One sentence a replacement would change: its text now and after, and the version the change was computed at. */
export type SentenceChange = { segmentId: number; order: number; version: number; before: string; after: string; count: number; held?: HeldReason };

export function compileOrRefuse(query: SearchQuery) {
  const compiled = compileSearch(query);
  if (!compiled.ok) throw new AppError("bad_input", compiled.message, undefined, { "query.find": [compiled.message] });
  return compiled.search;
}

/** The sentences whose current text the replacement changes, in document order. */
export function previewChanges(rows: readonly CurrentText[], query: SearchQuery & { replace: string }, excludeSegmentId?: number): SentenceChange[] {
  const search = compileOrRefuse(query);
  const changes: SentenceChange[] = [];
  for (const row of rows) {
    if (row.id === excludeSegmentId) continue;
    const replaced = replaceInText(row.text, search, query.replace);
    // Trimmed as the proposal will be: spaces added around a sentence change nothing.
    const after = replaced.text.trim();
    if (replaced.count > 0 && after !== row.text) {
      changes.push({ segmentId: row.id, order: row.order, version: row.version, before: row.text, after, count: replaced.count });
    }
  }
  return changes;
}
