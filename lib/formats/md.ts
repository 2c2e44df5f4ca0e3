import type { BlockKind } from "@/lib/segment/types";
import { contentBlocks, trimmedPieces, unapprovedLegend, type ArticleBlock } from "./final-text";
import { LINE_SEPARATOR, markdownHardBreak } from "./markdown-breaks";
import type { ExportDocument, ExportOptions } from "./types";

/**
 * The cleaned article as CommonMark: every character of the text renders as itself. Unapproved sentences can be
 * marked with inline HTML <mark> (CommonMark passes it through), after a legend.
 */
export function md(doc: ExportDocument, { fill, markUnapproved = false }: ExportOptions = { fill: "mt" }): string {
  const blocks = contentBlocks(doc, fill);
  const body = blocks.map((block, i) => (i === 0 ? "" : separatorBefore(blocks[i - 1], block)) + renderBlock(block, markUnapproved, doc.markdown === true)).join("");
  return (markUnapproved ? `> <mark>${escapeLine(unapprovedLegend(doc))}</mark>\n\n` : "") + body + "\n";
}

function separatorBefore(previous: ArticleBlock, block: ArticleBlock): string {
  // A blank line between two list items would make the list loose (every item a paragraph).
  return previous.kind === "list_item" && block.kind === "list_item" ? "\n" : "\n\n";
}

function renderBlock(block: ArticleBlock, markUnapproved: boolean, markdown: boolean): string {
  const { kind } = block;
  const prefixes: Partial<Record<BlockKind, string>> = { title: "# ", heading: "## " };
  const prefix = prefixes[kind];
  // A heading is one line in Markdown: a break in it is a space.
  const lines = markedLines(block, markUnapproved, markdown, prefix === undefined);
  if (prefix) return prefix + lines.join(" ");
  if (kind === "list_item") return "- " + lines.join("\n  ");
  if (kind === "quote") return lines.map((line) => "> " + line).join("\n");
  if (kind === "dateline" || kind === "meta" || kind === "footer") return "*" + lines.join("\n") + "*";
  return lines.join("\n");
}

/**
 * The block's lines, escaped; a marked sentence gets <mark> and </mark> on each of its lines, so no tag spans a line
 * break. In a Markdown import a line that ended in a hard break keeps its marker, as written.
 */
function markedLines(block: ArticleBlock, markUnapproved: boolean, markdown: boolean, hardBreaks: boolean): string[] {
  const lines: { text: string; marked: boolean }[][] = [[]];
  // The lines that end in a line break of another format (an HTML page's <br>), written as Markdown's own.
  const broken = new Set<number>();
  for (const { text, unapproved } of trimmedPieces(block)) {
    text.split(/(\r\n|\r|\n|\u2028)/).forEach((part, i) => {
      if (i % 2 === 1) {
        if (part === LINE_SEPARATOR && hardBreaks) broken.add(lines.length - 1);
        lines.push([]);
      } else lines[lines.length - 1].push({ text: part, marked: markUnapproved && unapproved });
    });
  }
  return lines.map((parts, index) => {
    const hardBreak = broken.has(index) ? "\\" : markdown && index < lines.length - 1 ? markdownHardBreak(parts.map((part) => part.text).join("")) : null;
    // The marker's backslash is markup, not text to escape.
    const last = parts.findLastIndex((part) => part.text !== "");
    if (hardBreak === "\\" && !broken.has(index)) parts[last] = { ...parts[last], text: parts[last].text.slice(0, -1) };
    let line = "";
    parts.forEach(({ text, marked }, j) => {
      const part = j === parts.length - 1 ? text.trimEnd() : text;
      const atStart = line.trim() === "";
      const trimmed = atStart ? part.trimStart() : part;
      if (trimmed === "") return;
      // Only the line's first characters can be read as a block marker.
      line = (atStart ? "" : line) + (marked ? `<mark>${escapeInline(trimmed)}</mark>` : atStart ? escapeLine(trimmed) : escapeInline(trimmed));
    });
    return hardBreak === null || line.trim() === "" ? line : line.trimEnd() + hardBreak;
  });
}

/** Escapes what CommonMark (and GFM) would read as markup: inline emphasis, code, links, HTML, entities, then block markers at the line start. */
export function escapeLine(line: string): string {
  return escapeInline(line)
    .replace(/^(#{1,6}|[-+])(?=\s|$)/, "\\$1")
    .replace(/^(>|-+\s*$|=+\s*$)/, "\\$1")
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, "$1\\$2");
}

function escapeInline(text: string): string {
  return text.replace(/[\\`*_~[\]<]/g, "\\$&").replace(/&(?=#?\w+;)/g, "&amp;");
}
