// Builds the checks' input from files: the MT segmented like import, and, with a source, one segment per alignment group.
import { alignTexts } from "@/lib/align";
import { segmentText, type SegmentedText } from "@/lib/segment";
import type { CheckDocument, CheckSegment, GlossaryEntry } from "./types";

export type DocumentTexts = {
  mt: string;
  source?: string;
  sourceLanguage: string;
  targetLanguage: string;
  format?: "text" | "markdown";
  glossary?: GlossaryEntry[];
};

export function checkDocumentOf({ mt, source, sourceLanguage, targetLanguage, format = "text", glossary }: DocumentTexts): CheckDocument {
  const base = { sourceLanguage, targetLanguage, glossary };
  if (source === undefined) {
    const segmented = segmentText(mt, { language: targetLanguage, format });
    const segments: CheckSegment[] = segmented.blocks.flatMap((block, index) => block.segments.map((s) => ({ target: s.text, block: index })));
    return { ...base, segments };
  }
  const alignment = alignTexts(source, mt, { sourceLanguage, targetLanguage, format });
  const blockOf = blockFinder(alignment.target);
  const segments: CheckSegment[] = [];
  for (const group of alignment.groups) {
    if (group.target.length === 0) continue;
    const start = group.target[0].start;
    const target = mt.slice(start, group.target.at(-1)!.end);
    // A target sentence aligned with no source sentence is checked as if no source were known.
    const sourceText = group.source.length > 0 ? source.slice(group.source[0].start, group.source.at(-1)!.end) : undefined;
    segments.push({ target, ...(sourceText === undefined ? {} : { source: sourceText }), block: blockOf(start) });
  }
  return { ...base, segments };
}

function blockFinder(text: SegmentedText): (offset: number) => number {
  let block = 0;
  // Groups come in document order, so the search only moves forward.
  return (offset) => {
    while (block + 1 < text.blocks.length && text.blocks[block].end <= offset) block++;
    return block;
  };
}
