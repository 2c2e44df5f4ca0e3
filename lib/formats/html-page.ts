// Whether an import is an HTML page: Verso has no HTML reader yet, and read as text its tags and entities would become sentences.

const PROLOG = /^(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*)*/;

/** An HTML document by its content (a DOCTYPE html, or an html, head or body element first), or a .html/.htm file of markup. */
export function isHtmlPage(text: string, fileName?: string | null): boolean {
  const head = text.slice(0, 8192).replace(/^\uFEFF/, "").trimStart().replace(PROLOG, "");
  if (/^<!DOCTYPE\s+html\b/i.test(head) || /^<(html|head|body)[\s>]/i.test(head)) return true;
  return /\.x?html?$/i.test(fileName ?? "") && head.startsWith("<");
}

export const HTML_PAGE_MESSAGE =
  "This is an HTML page, which Verso does not import yet: its tags would become text. Save the article as plain text or Markdown (or export it from your CAT tool as XLIFF) and import that.";
