// Pairs opening and closing marks across the sentences of one paragraph, so a quotation may span sentences.
import { blockRuns } from "./text";
import type { CheckDocument, Hit } from "./types";

/**
 * `opens`: true or false when the mark says which it is; "toggle" closes what is open, else opens; "before-word" opens,
 * but with one already open it closes it from the wrong side ("week, "Lavrov said"), and is reported.
 */
export type Mark = { at: number; pair: string; opens: boolean | "toggle" | "before-word" };
export type Family = {
  /** The marks of one text, each with the pair it belongs to (a key such as "()"), in order. */
  marks(text: string): Mark[];
  noun: string;
};

export function unbalancedHits(doc: CheckDocument, family: Family): Hit[] {
  const hits: Hit[] = [];
  for (const run of blockRuns(doc)) {
    const open = new Map<string, { segment: number; at: number }[]>();
    const found: Hit[] = [];
    for (const segment of run) {
      for (const mark of family.marks(doc.segments[segment].target)) {
        const stack = open.get(mark.pair) ?? [];
        open.set(mark.pair, stack);
        const opens = mark.opens === "toggle" || mark.opens === "before-word" ? stack.length === 0 : mark.opens;
        if (opens) stack.push({ segment, at: mark.at });
        else if (stack.length > 0) {
          stack.pop();
          if (mark.opens === "before-word") found.push(hitAt(segment, mark.at, `This ${family.noun} closes the quotation but stands before the next word, not after the last.`));
        } else found.push(hitAt(segment, mark.at, `This closing ${family.noun} has no opening one.`));
      }
    }
    for (const stack of open.values()) for (const { segment, at } of stack) found.push(hitAt(segment, at, `This opening ${family.noun} is never closed.`));
    // A source sentence that is itself unbalanced (a quotation that goes on) excuses its translation.
    hits.push(...found.filter((hit) => {
      const source = doc.segments[hit.segment].source;
      return source === undefined || isBalanced(family.marks(source));
    }));
  }
  return hits.sort((a, b) => a.segment - b.segment || a.start - b.start);
}

function isBalanced(marks: Mark[]): boolean {
  const depth = new Map<string, number>();
  for (const mark of marks) {
    const current = depth.get(mark.pair) ?? 0;
    const opens = mark.opens === "toggle" || mark.opens === "before-word" ? current === 0 : mark.opens;
    const value = current + (opens ? 1 : -1);
    if (value < 0) return false;
    depth.set(mark.pair, value);
  }
  return [...depth.values()].every((value) => value === 0);
}

function hitAt(segment: number, at: number, message: string): Hit {
  return { segment, start: at, end: at + 1, message };
}
