// An HTML page as Verso's blocks and sentences: one block per run, its sentences found with the placeholders set aside.
import { splitSentences } from "@/lib/segment";
import { inSlices, runSteps, type Steps } from "@/lib/segment/steps";
import type { BlockKind, BlockSpan, SegmentedText, SentenceRange } from "@/lib/segment/types";
import { PLACEHOLDER, type InlineCodes } from "../cat/placeholders";
import { htmlRunsSteps, type HtmlRun } from "./html-runs";

const SEPARATOR = "\n\n";
const UNSPLIT: ReadonlySet<BlockKind> = new Set(["title", "heading"]);

/** `text`: the runs' texts joined by blank lines (the document's text); `runs[i]` is block i's run, with its codes. */
export type HtmlDocument = { text: string; segmented: SegmentedText; runs: HtmlRun[] };

export function segmentHtml(html: string, language?: string): HtmlDocument {
  return runSteps(segmentHtmlSteps(html, language));
}

/** segmentHtml as resumable work, so that an import can serve other requests between its slices. */
export function* segmentHtmlSteps(html: string, language?: string): Steps<HtmlDocument> {
  const runs = yield* htmlRunsSteps(html);
  let text = "";
  const blocks: BlockSpan[] = [];
  yield* inSlices(0, runs.length, (from, until) => {
    for (let index = from; index < until; index++) {
      const run = runs[index];
      const start = text.length;
      const separator = index === runs.length - 1 ? "" : SEPARATOR;
      text += run.text + separator;
      const sentences = UNSPLIT.has(run.kind) ? [{ start: 0, end: run.text.length }] : sentencesAroundCodes(run.text, run.codes, language);
      const segments = sentences.map((range) => ({ start: start + range.start, end: start + range.end, text: run.text.slice(range.start, range.end) }));
      blocks.push({ kind: run.kind, start, end: start + run.text.length, separator, segments });
    }
    return until;
  });
  return { text, segmented: { leading: "", blocks }, runs };
}

/**
 * Sentences of a run, found in its text without placeholders ("Talks.⟦/1⟧ Then" must split as "Talks. Then" does).
 * A placeholder between two sentences goes with the one it belongs to: an opening one with the sentence after it,
 * a closing or standalone one with the sentence before it, so every placeholder is inside a sentence.
 */
export function sentencesAroundCodes(text: string, codes: InlineCodes, language?: string): SentenceRange[] {
  const at: number[] = [];
  let plain = "";
  let last = 0;
  const keep = (until: number) => {
    for (let i = last; i < until; i++) at.push(i);
    plain += text.slice(last, until);
  };
  for (const match of text.matchAll(PLACEHOLDER)) {
    keep(match.index);
    last = match.index + match[0].length;
  }
  keep(text.length);
  const ranges = splitSentences(plain, language).map(({ start, end }) => ({ start: at[start], end: at[end - 1] + 1 }));
  const opens = (token: string) => !token.startsWith("⟦/") && Object.hasOwn(codes, token.replace("⟦", "⟦/"));
  ranges.forEach((range, i) => {
    const gapStart = range.end;
    const gapEnd = ranges[i + 1]?.start ?? text.length;
    for (const match of text.slice(gapStart, gapEnd).matchAll(PLACEHOLDER)) {
      const index = gapStart + match.index;
      if (opens(match[0]) && i + 1 < ranges.length) {
        ranges[i + 1].start = index;
        break;
      }
      range.end = index + match[0].length;
    }
  });
  const lead = ranges.length > 0 ? text.slice(0, ranges[0].start).search(PLACEHOLDER) : -1;
  if (lead >= 0) ranges[0].start = lead;
  return ranges;
}
