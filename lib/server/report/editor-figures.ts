// Per-person post-editing figures: what they proposed, what of theirs was approved, and their active time per MT word.
import { countWords } from "@/lib/metrics/mqm";
import type { EditorFigures, ReportSegmentInput } from "./types";

type Tracker = { proposed: Set<number>; approved: number; touched: Set<number>; activeMs: number };

export function editorFigures(inputs: readonly ReportSegmentInput[], names: ReadonlyMap<string, string>): EditorFigures[] {
  const people = new Map<string, Tracker>();
  const track = (userId: string) => {
    const entry = people.get(userId) ?? { proposed: new Set<number>(), approved: 0, touched: new Set<number>(), activeMs: 0 };
    people.set(userId, entry);
    return entry;
  };
  const words = new Map<number, number>();
  for (const input of inputs) {
    words.set(input.id, countWords(input.mt));
    for (const authorId of input.proposalAuthorIds) {
      track(authorId).proposed.add(input.id);
      track(authorId).touched.add(input.id);
    }
    if (input.approved) track(input.approved.authorId).approved++;
    for (const slice of input.time) {
      const entry = track(slice.userId);
      entry.activeMs += slice.activeMs;
      entry.touched.add(input.id);
    }
  }
  return [...people.entries()]
    .map(([userId, entry]) => {
      const wordCount = [...entry.touched].reduce((total, id) => total + (words.get(id) ?? 0), 0);
      return {
        userId,
        name: names.get(userId) ?? "Unknown person",
        proposed: entry.proposed.size,
        approved: entry.approved,
        words: wordCount,
        activeMs: entry.activeMs,
        msPerWord: wordCount > 0 && entry.activeMs > 0 ? entry.activeMs / wordCount : null,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId));
}
