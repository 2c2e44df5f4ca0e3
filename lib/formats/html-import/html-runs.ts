// An HTML page's text, run by run: parse5 builds the tree as browsers do; inline tags become placeholders.
import type { DefaultTreeAdapterMap } from "parse5";
import { ParserStream } from "parse5-parser-stream";
import { runSteps, type Steps } from "@/lib/segment/steps";
import type { BlockKind } from "@/lib/segment/types";
import type { InlineCodes } from "../cat/placeholders";

type Node = DefaultTreeAdapterMap["childNode"];
type Element = DefaultTreeAdapterMap["element"];
type ParentNode = DefaultTreeAdapterMap["parentNode"];

/**
 * A stretch of inline content between two block boundaries: `text` is what a reader sees (whitespace collapsed as a
 * browser does, entities decoded, each inline tag a placeholder whose HTML is in `codes`), [start, end) the page's
 * characters it was read from, which an export replaces when one of its sentences changed.
 */
export type HtmlRun = { kind: BlockKind; text: string; codes: InlineCodes; start: number; end: number };

const BLOCKS = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
  "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend",
  "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
]);
// Content no reader sees as the article's text.
const SKIPPED = new Set(["head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas", "video", "audio", "select", "textarea", "button"]);
// Shown as a box in the line, so the spaces on either side of one are both seen (a line break or a script is not).
const OBJECTS = new Set(["img", "input", "embed", "svg", "math", "iframe", "object", "canvas", "video", "audio", "select", "textarea", "button"]);
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
const KIND_OF: Record<string, BlockKind> = { h1: "title", h2: "heading", h3: "heading", h4: "heading", h5: "heading", h6: "heading", li: "list_item", dt: "list_item", dd: "list_item", blockquote: "quote", figcaption: "meta", caption: "meta", address: "meta", nav: "meta", footer: "footer" };

// What a navigation menu, caption or footer holds stays that, lists and paragraphs in it included.
const STICKY: ReadonlySet<BlockKind> = new Set(["meta", "footer"]);
const kindOf = (tagName: string, inherited: BlockKind): BlockKind => (STICKY.has(inherited) ? inherited : (KIND_OF[tagName] ?? inherited));

const isElement = (node: Node): node is Element => "tagName" in node;
const isText = (node: Node): node is DefaultTreeAdapterMap["textNode"] => node.nodeName === "#text";

/** The runs of a page in reading order; runs with no visible text (only tags or spaces) are left out. */
export function htmlRuns(html: string): HtmlRun[] {
  return runSteps(htmlRunsSteps(html));
}

/** htmlRuns as resumable work (lib/segment/steps.ts): a 5 MB page takes most of a second to parse. */
export function* htmlRunsSteps(html: string): Steps<HtmlRun[]> {
  const document = yield* parseSteps(html);
  const reader = new RunReader(html);
  yield* reader.readChildren(document, "paragraph", false);
  return reader.runs;
}

// About 10 ms of parsing on this machine.
const CHUNK_CHARS = 64 * 1024;

/** The page's tree, parsed a chunk at a time: parse5's stream parses each write at once, and keeps a tag cut by a chunk's end. */
function* parseSteps(html: string): Steps<DefaultTreeAdapterMap["document"]> {
  const stream = new ParserStream<DefaultTreeAdapterMap>({ sourceCodeLocationInfo: true });
  for (let at = 0; at < html.length; ) {
    let end = Math.min(at + CHUNK_CHARS, html.length);
    // A surrogate pair stays in one chunk.
    if (end < html.length && /[\uD800-\uDBFF]/.test(html.charAt(end - 1))) end++;
    stream.write(html.slice(at, end));
    at = end;
    yield;
  }
  stream.end();
  return stream.document;
}

class RunReader {
  readonly runs: HtmlRun[] = [];
  private blockish = new Map<Element, boolean>();

  constructor(private readonly html: string) {}

  /** Pauses after each block element, so a page of thousands of paragraphs is read in slices. */
  *readChildren(parent: ParentNode, kind: BlockKind, pre: boolean): Steps<void> {
    let inline: Node[] = [];
    // Where the nodes the parser read in place before and after a run are: its characters lie between them.
    let before = 0;
    const flush = (after: number) => {
      if (inline.length > 0) this.addRun(inline, kind, pre, parent, { before, after });
      inline = [];
    };
    for (const child of parent.childNodes) {
      if (isElement(child) && !SKIPPED.has(child.tagName) && this.isBlockish(child)) {
        flush(child.sourceCodeLocation?.startOffset ?? this.html.length);
        yield* this.readChildren(child, kindOf(child.tagName, kind), pre || child.tagName === "pre");
      } else if (isElement(child) || isText(child)) {
        inline.push(child);
        continue;
      }
      if (inline.length === 0) before = child.sourceCodeLocation?.endOffset ?? before;
    }
    flush(this.html.length);
    yield;
  }

  /** A block element, or an inline one that holds a block (a link around a paragraph): its content is read as blocks. */
  private isBlockish(element: Element): boolean {
    let known = this.blockish.get(element);
    if (known === undefined) {
      known = BLOCKS.has(element.tagName) || element.childNodes.some((child) => isElement(child) && !SKIPPED.has(child.tagName) && this.isBlockish(child));
      this.blockish.set(element, known);
    }
    return known;
  }

  private addRun(nodes: Node[], kind: BlockKind, pre: boolean, parent: ParentNode, around: Around): void {
    const { html } = this;
    const codes: InlineCodes = {};
    const pieces: Piece[] = [];
    let next = 1;
    const walk = (node: Node) => {
      if (isText(node)) {
        pieces.push({ text: node.value, token: false });
        return;
      }
      if (!isElement(node)) return;
      const location = node.sourceCodeLocation;
      // Not text, but part of the page: an icon, a button or a script in a paragraph is kept whole, as one standalone code.
      if (SKIPPED.has(node.tagName)) {
        if (!location) return;
        const n = next++;
        codes[`⟦${n}⟧`] = html.slice(location.startOffset, location.endOffset);
        pieces.push({ text: `⟦${n}⟧`, token: true, object: OBJECTS.has(node.tagName) });
        return;
      }
      const n = next++;
      const open = location?.startTag ? html.slice(location.startTag.startOffset, location.startTag.endOffset) : `<${node.tagName}>`;
      if (VOID.has(node.tagName)) {
        codes[`⟦${n}⟧`] = open;
        pieces.push({ text: `⟦${n}⟧`, token: true, object: OBJECTS.has(node.tagName) });
        return;
      }
      codes[`⟦${n}⟧`] = open;
      codes[`⟦/${n}⟧`] = location?.endTag ? html.slice(location.endTag.startOffset, location.endTag.endOffset) : `</${node.tagName}>`;
      pieces.push({ text: `⟦${n}⟧`, token: true });
      node.childNodes.forEach(walk);
      pieces.push({ text: `⟦/${n}⟧`, token: true });
    };
    nodes.forEach(walk);
    const text = pre ? pieces.map((piece) => piece.text).join("") : collapsed(pieces);
    if (text.replace(/⟦\/?\d+⟧/g, "").trim() === "") return;
    const range = this.rangeOf(nodes, parent, around);
    if (!range) return;
    this.runs.push({ kind, text, codes, ...range });
  }

  /**
   * The page's characters the run came from: the element's content when the run is all of it, else first node to last,
   * kept between the nodes around the run. A formatting tag the parser opens again for the run (an unclosed <b> going on
   * after a list) has the location of its first opening, and one a misnested end tag splits has its end beyond the run.
   */
  private rangeOf(nodes: Node[], parent: ParentNode, { before, after }: Around): { start: number; end: number } | null {
    const first = nodes[0].sourceCodeLocation;
    const last = nodes[nodes.length - 1].sourceCodeLocation;
    // The run's nodes are some of the parent's children, so as many of them is all of them (a comment among them is not).
    const whole = isElement(parent as Node) && parent.childNodes.length === nodes.length;
    const location = whole ? (parent as Element).sourceCodeLocation : null;
    if (location?.startTag) return { start: location.startTag.endOffset, end: location.endTag?.startOffset ?? Math.max(last?.endOffset ?? location.endOffset, location.startTag.endOffset) };
    // parse5 puts text that opens a page with white space then a character reference ("\n&laquo;Talks") at the reference's end.
    const textStart = first && isText(nodes[0]) ? Math.min(first.startOffset, this.html.lastIndexOf(">", first.startOffset - 1) + 1) : first?.startOffset;
    const start = Math.max(textStart ?? before, before);
    const end = Math.min(last?.endOffset ?? after, after);
    return start <= end ? { start, end } : null;
  }
}

type Around = { before: number; after: number };
type Piece = { text: string; token: boolean; object?: boolean };

/** Runs of HTML white space become one space, as a browser shows them, and none is left at either end of the run. */
function collapsed(pieces: Piece[]): string {
  let text = "";
  let space = true; // at the start, a space would be dropped anyway
  for (const piece of pieces) {
    if (piece.token) {
      text += piece.text;
      if (piece.object) space = false;
      continue;
    }
    for (const part of piece.text.split(/([ \t\n\f\r]+)/)) {
      if (part === "") continue;
      if (/^[ \t\n\f\r]/.test(part)) {
        if (!space) text += " ";
        space = true;
      } else {
        text += part;
        space = false;
      }
    }
  }
  // A space left before closing placeholders at the end: "⟦1⟧Talks ⟦/1⟧" ends "Talks⟦/1⟧".
  return text.replace(/ ((?:⟦\/?\d+⟧)*)$/, "$1");
}
