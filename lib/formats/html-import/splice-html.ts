// A document imported from HTML exports as that page: each run with a changed sentence rewritten, every other byte kept.
import { escapeHtml } from "../html";
import { placeholdersToMarkup, type InlineCodes } from "../cat/placeholders";
import { finalText } from "../final-text";
import type { ExportDocument, Fill } from "../types";
import type { HtmlRun } from "./html-runs";

type SpliceOptions = { fill: Fill; markUnapproved?: boolean };

const isUnapproved = (segment: ExportDocument["blocks"][number]["segments"][number]) => segment.approved === null && segment.status !== "confirmed";

/**
 * The page with the document's final texts; `runs` are the page's (htmlRuns), one per block. A run whose sentences all keep their MT is left byte for byte (so an
 * untouched document exports the imported page); a changed run is written anew from its text, placeholders back to
 * their tags. `markUnapproved` rewrites runs with unapproved sentences too, each such sentence in a <mark>.
 */
export function spliceHtml(page: string, runs: readonly HtmlRun[], doc: ExportDocument, { fill, markUnapproved = false }: SpliceOptions): string {
  if (runs.length !== doc.blocks.length || runs.some((run, i) => run.text !== doc.blocks[i].text)) {
    throw new Error("The document's blocks no longer match the HTML page it was imported from.");
  }
  let out = "";
  let cursor = 0;
  doc.blocks.forEach((block, i) => {
    const run = runs[i];
    const segments = [...block.segments].sort((a, b) => a.start - b.start);
    const marked = markUnapproved && segments.some(isUnapproved);
    if (!marked && segments.every((segment) => finalText(segment, fill) === segment.mt)) return;
    let content = "";
    let at = block.start;
    for (const segment of segments) {
      content += asHtml(block.text.slice(at - block.start, segment.start - block.start), run.codes);
      const final = asHtml(finalText(segment, fill), run.codes);
      content += marked && isUnapproved(segment) ? `<mark class="unapproved">${final}</mark>` : final;
      at = segment.end;
    }
    content += asHtml(block.text.slice(at - block.start), run.codes);
    out += page.slice(cursor, run.start) + content;
    cursor = run.end;
  });
  return out + page.slice(cursor);
}

/** Text escaped for HTML content, each placeholder its tag as imported. */
const asHtml = (text: string, codes: InlineCodes) => placeholdersToMarkup(text, codes, (plain) => escapeHtml(plain));
