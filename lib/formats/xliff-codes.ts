// Placeholders (⟦1⟧, ⟦1⟧…⟦/1⟧) written as XLIFF's own inline codes, and read back: a CAT tool shows them as tags, not as text.
import type xmlbuilder from "xmlbuilder";
import { PLACEHOLDER, type InlineCodes } from "./cat/placeholders";
import { xmlSafe } from "./xml-safe";

type Parent = xmlbuilder.XMLElementOrXMLNode;
/** A run of text, or a placeholder numbered n: standalone, a pair's opening or closing half. */
type Part = { text: string } | { n: string; role: "standalone" | "open" | "close"; nested: boolean };

/**
 * The text's parts. `pairedInBlock(n)`: whether ⟦n⟧ opens a pair (its closing half in the block, maybe in another
 * sentence). A pair whose halves are both here and nest with the others is `nested` (a <pc>, a <g>).
 */
function partsOf(text: string, pairedInBlock: (n: string) => boolean): Part[] {
  const parts: Part[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    const n = /\d+/.exec(match[0])![0];
    const role = match[0].startsWith("⟦/") ? "close" : pairedInBlock(n) ? "open" : "standalone";
    parts.push({ n, role, nested: false });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  const open: Extract<Part, { n: string }>[] = [];
  for (const part of parts) {
    if (!("n" in part) || part.role === "standalone") continue;
    if (part.role === "open") open.push(part);
    else if (open.at(-1)?.n === part.n) {
      open.pop()!.nested = true;
      part.nested = true;
    } else if (open.some((o) => o.n === part.n)) open.length = 0; // overlapping pairs: written as <sc>/<ec>
  }
  return parts;
}

const dataId = (n: string, role: "standalone" | "open" | "close") => `d${n}${role === "close" ? "e" : ""}`;
const tokenOf = (n: string, role: "standalone" | "open" | "close") => (role === "close" ? `⟦/${n}⟧` : `⟦${n}⟧`);

/** XLIFF 2.0's <originalData>: the page's or file's code behind each placeholder of the unit, for a tool to show or restore. */
export function writeOriginalData20(unit: Parent, texts: string[], codes: InlineCodes): void {
  const written = new Set<string>();
  const entries: [string, string][] = [];
  for (const text of texts) {
    for (const [token] of text.matchAll(PLACEHOLDER)) {
      const id = `d${/\d+/.exec(token)![0]}${token.startsWith("⟦/") ? "e" : ""}`;
      if (written.has(id) || !Object.hasOwn(codes, token)) continue;
      written.add(id);
      entries.push([id, codes[token]]);
    }
  }
  if (entries.length === 0) return;
  const data = unit.ele("originalData");
  for (const [id, code] of entries) data.ele("data", { id }, xmlSafe(code));
}

const escapeText = (text: string) => xmlSafe(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const element = (name: string, attributes: Record<string, string>, content?: string) => {
  const written = Object.entries(attributes).map(([key, value]) => ` ${key}="${escapeText(value).replace(/"/g, "&quot;")}"`).join("");
  return content === undefined ? `<${name}${written}/>` : `<${name}${written}>${content}</${name}>`;
};

/**
 * A segment's text as XLIFF 2.0 content: <ph/>, <pc>…</pc>, or <sc/>/<ec/> for a pair cut by a sentence end or
 * overlapping another. A string, added raw: a pretty printer would put spaces between the words and the codes.
 */
export function content20(text: string, codes: InlineCodes, pairedInBlock: (n: string) => boolean): string {
  const withData = (n: string, role: "standalone" | "open" | "close", attribute: string) =>
    Object.hasOwn(codes, tokenOf(n, role)) ? { [attribute]: dataId(n, role) } : {};
  return partsOf(text, pairedInBlock)
    .map((part) => {
      if ("text" in part) return escapeText(part.text);
      const { n, role } = part;
      if (role === "standalone") return element("ph", { id: n, ...withData(n, role, "dataRef") });
      if (part.nested && role === "open") return element("pc", { id: n, ...withData(n, "open", "dataRefStart"), ...withData(n, "close", "dataRefEnd") }).replace(/\/>$/, ">");
      if (part.nested) return "</pc>";
      if (role === "open") return element("sc", { id: n, ...(text.includes(`⟦/${n}⟧`) ? {} : { isolated: "yes" }), ...withData(n, role, "dataRef") });
      return element("ec", { ...(text.includes(`⟦${n}⟧`) ? { startRef: n } : { id: n, isolated: "yes" }), ...withData(n, role, "dataRef") });
    })
    .join("");
}

/** A segment's text as XLIFF 1.2 content: native code kept in <ph>, <bpt>/<ept>, or <it> for half a pair. */
export function content12(text: string, codes: InlineCodes, pairedInBlock: (n: string) => boolean): string {
  const native = (n: string, role: "standalone" | "open" | "close") => escapeText(codes[tokenOf(n, role)] ?? "");
  return partsOf(text, pairedInBlock)
    .map((part) => {
      if ("text" in part) return escapeText(part.text);
      const { n, role } = part;
      if (role === "standalone") return element("ph", { id: n }, native(n, role));
      if (text.includes(`⟦/${n}⟧`) && text.includes(`⟦${n}⟧`)) return element(role === "open" ? "bpt" : "ept", { id: n }, native(n, role));
      return element("it", { id: n, pos: role }, native(n, role));
    })
    .join("");
}

/**
 * A target read back from a file Verso wrote (parsed with the file's own numbering, lib/formats/cat/inline-content.ts)
 * in the segment's placeholders again: each code written above names its placeholder's number in its id.
 */
export function placeholdersFromExport(text: string, codes: InlineCodes): string {
  return text.replace(PLACEHOLDER, (token) => {
    const closing = token.startsWith("⟦/");
    const xml = codes[closing ? token.replace("⟦/", "⟦") : token];
    // Also the codes a 1.2 tool may write in their place (<g>, <x/>, <bx/>, <ex/>).
    const match = xml && /^<(ph|pc|sc|ec|bpt|ept|it|g|x|bx|ex)\b([^>]*)>/.exec(xml);
    if (!match) return token;
    const [, name, attributes] = match;
    const attribute = (key: string) => new RegExp(`\\s${key}="(\\d+)"`).exec(attributes)?.[1];
    const n = name === "ec" ? (attribute("startRef") ?? attribute("id")) : attribute("id");
    if (n === undefined) return token;
    const closes = closing || name === "ec" || name === "ept" || name === "ex" || (name === "it" && /\spos="close"/.test(attributes));
    return closes ? `⟦/${n}⟧` : `⟦${n}⟧`;
  });
}
