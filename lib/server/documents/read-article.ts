// The article an import stores: plain text and Markdown segmented as they are, an HTML page read to its runs first.
import { codesIn, PLACEHOLDER } from "@/lib/formats/cat/placeholders";
import type { ImportFormat } from "@/lib/formats/detect-format";
import type { HtmlRun } from "@/lib/formats/html-import/html-runs";
import { segmentHtmlSteps } from "@/lib/formats/html-import/segment-html";
import { segmentTextAsync, SLICE_MS } from "@/lib/segment/segment-async";
import { runStepsCooperatively } from "@/lib/segment/steps";
import type { SegmentedText } from "@/lib/segment";
import type { StoredBlockSpan } from "./aligned-blocks";

/** `text` is what the document stores and its spans point into; `runs` (HTML only) holds each block's inline codes. */
export type Article = { text: string; segmented: SegmentedText; runs: HtmlRun[] | null };

export async function readArticle(text: string, format: ImportFormat, language: string, textFormat: "text" | "markdown" | undefined): Promise<Article> {
  if (format === "html") {
    const page = await runStepsCooperatively(segmentHtmlSteps(text, language), SLICE_MS);
    return { text: page.text, segmented: page.segmented, runs: page.runs };
  }
  return { text, segmented: await segmentTextAsync(text, { language, format: textFormat }), runs: null };
}

/** Each segment with the codes of the placeholders in its text, taken from its block's run. */
export function withInlineCodes(blocks: StoredBlockSpan[], runs: readonly HtmlRun[]): StoredBlockSpan[] {
  return blocks.map((block, b) => ({
    ...block,
    segments: block.segments.map((segment) => (segment.text.search(PLACEHOLDER) < 0 ? segment : { ...segment, inlineCodes: codesIn(segment.text, runs[b].codes) })),
  }));
}
