import { contentBlocks, countUnapproved, trimmedPieces, unapprovedLegend, type ArticleBlock } from "./final-text";
import { LINE_SEPARATOR, withHardBreaks } from "./markdown-breaks";
import type { ExportDocument, ExportOptions } from "./types";
import { xmlSafe } from "./xml-safe";
import { textDirection } from "@/lib/text-direction";

const STYLE = `body{max-width:42rem;margin:2rem auto;padding:0 1rem;font:1.05rem/1.6 Georgia,serif;color:#1a1a1a}
h1{font-size:1.9rem;line-height:1.25}h2{font-size:1.3rem;margin-top:2rem}
.dateline,.meta,.footer{color:#555;font-style:italic}blockquote{margin-left:0;padding-left:1rem;border-left:3px solid #ccc}
mark.unapproved{background:#fff3b0}.legend{border:1px solid #e0c200;padding:.5rem .75rem}`;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** Escapes text content; quotes only matter inside attribute values, so they are left readable in text. */
export function escapeHtml(text: string, { attribute = false } = {}): string {
  return xmlSafe(text).replace(attribute ? /[&<>"]/g : /[&<>]/g, (char) => ESCAPES[char]);
}

/** A standalone HTML5 page of the cleaned article, with no external resources. */
export function html(doc: ExportDocument, { fill, markUnapproved = false }: ExportOptions = { fill: "mt" }): string {
  const blocks = contentBlocks(doc, fill);
  const head = [
    `<meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta name="generator" content="Verso">`,
    `<meta name="verso-unapproved-segments" content="${countUnapproved(doc)}">`,
    `<meta name="verso-fill" content="${fill}">`,
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>\n${STYLE}\n</style>`,
  ];
  return [
    "<!doctype html>",
    `<html lang="${escapeHtml(doc.targetLanguage, { attribute: true })}"${textDirection(doc.targetLanguage) === "rtl" ? ' dir="rtl"' : ""}>`,
    "<head>",
    ...head,
    "</head>",
    "<body>",
    "<article>",
    ...(markUnapproved ? [`<p class="legend" role="note"${legendLanguage(doc.targetLanguage)}><mark class="unapproved">${escapeHtml(unapprovedLegend(doc))}</mark></p>`] : []),
    ...renderBlocks(blocks, markUnapproved, doc.markdown === true),
    "</article>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/** The legend is English whatever the article's language: so marked, and left to right on a right-to-left page. */
function legendLanguage(targetLanguage: string): string {
  const english = /^en\b/i.test(targetLanguage);
  return (english ? "" : ' lang="en"') + (textDirection(targetLanguage) === "rtl" ? ' dir="ltr"' : "");
}

function renderBlocks(blocks: ArticleBlock[], markUnapproved: boolean, markdown: boolean): string[] {
  const lines: string[] = [];
  blocks.forEach((block, i) => {
    const inList = block.kind === "list_item";
    if (inList && blocks[i - 1]?.kind !== "list_item") lines.push("<ul>");
    lines.push(renderBlock(block, markUnapproved, markdown));
    if (inList && blocks[i + 1]?.kind !== "list_item") lines.push("</ul>");
  });
  return lines;
}

function renderBlock(block: ArticleBlock, markUnapproved: boolean, markdown: boolean): string {
  const { kind } = block;
  const pieces = markdown ? withHardBreaks(trimmedPieces(block)) : trimmedPieces(block);
  const content = pieces
    .map(({ text, unapproved }) => (markUnapproved && unapproved ? `<mark class="unapproved">${escapeHtml(text)}</mark>` : escapeHtml(text)))
    .join("")
    .replaceAll(LINE_SEPARATOR, "<br>\n");
  switch (kind) {
    case "title":
      return `<h1>${content}</h1>`;
    case "heading":
      return `<h2>${content}</h2>`;
    case "list_item":
      return `<li>${content}</li>`;
    case "quote":
      return `<blockquote><p>${content}</p></blockquote>`;
    case "dateline":
    case "meta":
    case "footer":
      return `<p class="${kind}">${content}</p>`;
    default:
      return `<p>${content}</p>`;
  }
}
