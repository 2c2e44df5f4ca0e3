import type { BlockKind } from "@/lib/segment/types";
import { articleBlocks, type ArticleBlock } from "./final-text";
import type { ExportDocument, ExportOptions } from "./types";

/** The cleaned article as CommonMark: every character of the text renders as itself. */
export function md(doc: ExportDocument, { fill }: ExportOptions = { fill: "mt" }): string {
  const blocks = articleBlocks(doc, fill).filter((block) => block.text.trim() !== "");
  return blocks.map((block, i) => (i === 0 ? "" : separatorBefore(blocks[i - 1], block)) + renderBlock(block)).join("") + "\n";
}

function separatorBefore(previous: ArticleBlock, block: ArticleBlock): string {
  // A blank line between two list items would make the list loose (every item a paragraph).
  return previous.kind === "list_item" && block.kind === "list_item" ? "\n" : "\n\n";
}

function renderBlock({ kind, text }: ArticleBlock): string {
  const lines = text.trim().split(/\r\n|\r|\n/).map((line) => escapeLine(line.trim()));
  const prefixes: Partial<Record<BlockKind, string>> = { title: "# ", heading: "## " };
  const prefix = prefixes[kind];
  if (prefix) return prefix + lines.join(" ");
  if (kind === "list_item") return "- " + lines.join("\n  ");
  if (kind === "quote") return lines.map((line) => "> " + line).join("\n");
  if (kind === "dateline" || kind === "meta" || kind === "footer") return "*" + lines.join("\n") + "*";
  return lines.join("\n");
}

/** Escapes what CommonMark (and GFM) would read as markup: inline emphasis, code, links, HTML, entities, then block markers at the line start. */
export function escapeLine(line: string): string {
  return line
    .replace(/[\\`*_~[\]<]/g, "\\$&")
    .replace(/&(?=#?\w+;)/g, "&amp;")
    .replace(/^(#{1,6}|[-+])(?=\s|$)/, "\\$1")
    .replace(/^(>|-+\s*$|=+\s*$)/, "\\$1")
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, "$1\\$2");
}
