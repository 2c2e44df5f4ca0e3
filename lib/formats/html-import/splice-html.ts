// A document imported from HTML exports as that page: each run with a changed sentence rewritten, every other byte kept.
import { escapeHtml } from "../html";
import { PLACEHOLDER, placeholdersToMarkup, type InlineCodes } from "../cat/placeholders";
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
  if (!runsMatch(runs, doc)) throw new Error("The document's blocks no longer match the HTML page it was imported from.");
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
      const final = finalText(segment, fill);
      content += marked && isUnapproved(segment) ? markedHtml(final, run.codes) : asHtml(final, run.codes);
      at = segment.end;
    }
    content += asHtml(block.text.slice(at - block.start), run.codes);
    out += page.slice(cursor, run.start) + content;
    cursor = run.end;
  });
  return out + page.slice(cursor);
}

/** Whether the page's runs, read now, are the document's blocks: a page read before a fix of the reader may not be. */
export function runsMatch(runs: readonly HtmlRun[], doc: ExportDocument): boolean {
  return runs.length === doc.blocks.length && runs.every((run, i) => run.text === doc.blocks[i].text);
}

/** Text escaped for HTML content, each placeholder its tag as imported. */
const asHtml = (text: string, codes: InlineCodes) => placeholdersToMarkup(text, codes, (plain) => escapeHtml(plain));

/**
 * A sentence in <mark>s. A tag it opens or closes for its neighbour ("He said: <em>We agree." then "We sign.</em>") stays
 * outside them, so that the marks nest with the page's tags instead of crossing them.
 */
function markedHtml(text: string, codes: InlineCodes): string {
  const isHalf = (token: string) => {
    const open = token.replace("⟦/", "⟦");
    const close = open.replace("⟦", "⟦/");
    return Object.hasOwn(codes, close) && text.includes(open) !== text.includes(close);
  };
  let out = "";
  let last = 0;
  const mark = (until: number) => {
    const part = text.slice(last, until);
    out += part.replace(PLACEHOLDER, "").trim() === "" ? asHtml(part, codes) : `<mark class="unapproved">${asHtml(part, codes)}</mark>`;
  };
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (!isHalf(match[0])) continue;
    mark(match.index);
    out += asHtml(match[0], codes);
    last = match.index + match[0].length;
  }
  mark(text.length);
  return out;
}
