// Whether an import is an HTML page: Verso has no HTML reader yet, and read as text its tags and entities would become sentences.
import { rootElement } from "./detect-format";

/** An HTML document by its content (a DOCTYPE html, or an html, head or body element first), or a .html/.htm file of markup. */
export function isHtmlPage(text: string, fileName?: string | null): boolean {
  const head = text.slice(0, 8192).replace(/^\uFEFF/, "").trimStart();
  if (!head.startsWith("<")) return false;
  return /<!DOCTYPE\s+html\b/i.test(head) || /^(html|head|body)$/i.test(rootElement(head) ?? "") || /\.x?html?$/i.test(fileName ?? "");
}

export const HTML_PAGE_MESSAGE =
  "This is an HTML page, which Verso does not import yet: its tags would become text. Save the article as plain text or Markdown (or export it from your CAT tool as XLIFF) and import that.";
