// Builds the checks' input from files: the MT segmented like import, and, with a source, one segment per alignment group.
import { alignSegmentedTexts } from "@/lib/align";
import { segmentHtml } from "@/lib/formats/html-import/segment-html";
import { segmentText, type SegmentedText } from "@/lib/segment";
import type { CheckDocument, CheckSegment, GlossaryEntry } from "./types";

export type DocumentTexts = {
  mt: string;
  source?: string;
  sourceLanguage: string;
  targetLanguage: string;
  /** An HTML page is read to its visible text first, as import does; `sourceFormat` is the source's (default: `format`). */
  format?: TextFormat;
  sourceFormat?: TextFormat;
  glossary?: GlossaryEntry[];
};

type TextFormat = "text" | "markdown" | "html";

/** The text the spans point into (an HTML page's visible text) and its blocks and sentences. */
function segmented(text: string, language: string, format: TextFormat): { text: string; segmented: SegmentedText } {
  if (format === "html") return segmentHtml(text, language);
  return { text, segmented: segmentText(text, { language, format }) };
}

export function checkDocumentOf({ mt: mtFile, source: sourceFile, sourceLanguage, targetLanguage, format = "text", sourceFormat = format, glossary }: DocumentTexts): CheckDocument {
  const base = { sourceLanguage, targetLanguage, glossary };
  const target = segmented(mtFile, targetLanguage, format);
  if (sourceFile === undefined) {
    const segments: CheckSegment[] = target.segmented.blocks.flatMap((block, index) => block.segments.map((s) => ({ target: s.text, block: index })));
    return { ...base, segments };
  }
  const { text: mt } = target;
  const { text: source, segmented: sourceSegmented } = segmented(sourceFile, sourceLanguage, sourceFormat);
  const groups = alignSegmentedTexts(sourceSegmented, target.segmented);
  const blockOf = blockFinder(target.segmented);
  const segments: CheckSegment[] = [];
  for (const group of groups) {
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
