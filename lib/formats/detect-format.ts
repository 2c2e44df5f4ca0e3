// What an imported file is, read from its first bytes; the extension only decides where the content cannot.
export type ImportFormat = "text" | "markdown" | "html" | "xliff" | "tmx" | "xml" | "tsv" | "csv" | "jsonl";

export const CAT_FORMATS: ReadonlySet<ImportFormat> = new Set(["xliff", "tmx", "xml", "tsv", "csv", "jsonl"]);

/** The "format" of a Verso backup file (lib/server/backup), which restores a whole document rather than importing text. */
export const BACKUP_FORMAT = "verso-backup";
const BACKUP_FORMAT_FIELD = new RegExp(`"format"\\s*:\\s*"${BACKUP_FORMAT}"`);

const XML_EXTENSIONS = /\.(xlf|xliff|sdlxliff|mqxliff|mxliff|tmx|xml)$/i;
const HEADER_NAMES = /^(source|src|target|mt|doc|system)$/i;

export function detectFormat(text: string, fileName?: string | null): ImportFormat {
  const head = text.slice(0, 8192).replace(/^\uFEFF/, "").trimStart();
  const name = fileName ?? "";
  const root = rootElement(head);
  if (root === "xliff" || root === "tmx") return root;
  if (isHtml(head, root, name)) return "html";
  if (/^<\?xml|^<!DOCTYPE/i.test(head) || XML_EXTENSIONS.test(name)) return "xml";
  const firstLine = head.split("\n", 1)[0].replace(/\r$/, "");
  if (/\.(jsonl|ndjson)$/i.test(name) || (firstLine.startsWith("{") && isSrcObject(firstLine))) return "jsonl";
  if (/\.tsv$/i.test(name) || (firstLine.includes("\t") && firstLine.split("\t").some((cell) => HEADER_NAMES.test(cell.trim())))) return "tsv";
  if (/\.csv$/i.test(name) || /^"?(source|src)"?\s*,/i.test(firstLine)) return "csv";
  return /\.(md|markdown)$/i.test(name) ? "markdown" : "text";
}

// A page (DOCTYPE html, an html, head or body element first) is HTML whatever its name; a fragment that starts with
// a block element, or with what only a head holds (a page that leaves out its optional html and head tags), is too,
// unless its name says Markdown, which allows HTML blocks.
const PAGE_ROOTS = /^(html|head|body)$/i;
const FRAGMENT_ROOTS =
  /^(p|div|h[1-6]|article|section|main|header|footer|nav|aside|figure|ul|ol|li|dl|table|blockquote|pre|address|details|form|fieldset|title|meta|link|base)$/i;

function isHtml(head: string, root: string | undefined, name: string): boolean {
  if (/^<!DOCTYPE\s+html\b/i.test(head) || PAGE_ROOTS.test(root ?? "")) return true;
  if (root === undefined || /\.(md|markdown)$/i.test(name)) return false;
  return FRAGMENT_ROOTS.test(root) || /\.x?html?$/i.test(name);
}

function isSrcObject(line: string): boolean {
  try {
    const value = JSON.parse(line);
    return typeof value === "object" && value !== null && "src" in value;
  } catch {
    return false;
  }
}

/** A JSON object whose "format" is a Verso backup's, read from its first bytes so that a malformed backup is still known as one. */
export function isVersoBackup(text: string): boolean {
  const head = text.slice(0, 8192).replace(/^\uFEFF/, "").trimStart();
  return head.startsWith("{") && BACKUP_FORMAT_FIELD.test(head);
}

/** The name of a markup text's first element, past the prolog (declaration, comments, processing instructions, a DOCTYPE). */
export function rootElement(head: string): string | undefined {
  return /^(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>\s*)*<(?:[\w.-]+:)?([\w.-]+)/.exec(head)?.[1];
}
