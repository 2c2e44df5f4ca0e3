import type { BlockKind } from "@/lib/segment/types";
import type { InlineCodes } from "./cat/placeholders";
import { LINE_SEPARATOR } from "./markdown-breaks";
import type { ExportDocument, ExportSegment, Fill } from "./types";

/** A run of a block's content: a segment's final text (`unapproved` when it has no approved text) or the text between two. */
export type ArticlePiece = { text: string; unapproved: boolean };

/**
 * `text` is the block as imported with each segment replaced (what the plain-text export writes); `pieces` is its
 * content without markup: only what lies between the first and last segment, with Markdown line markers dropped
 * from the gaps and a leading list, heading or quote marker dropped from the first segment, so that formats
 * writing their own markup (HTML, Word, Markdown) do not write it twice. A block without segments has no pieces.
 */
export type ArticleBlock = { kind: BlockKind; text: string; separator: string; pieces: ArticlePiece[] };

export function finalText(segment: ExportSegment, fill: Fill = "mt"): string {
  return postEditedText(segment, fill) ?? segment.mt;
}

/** The corrected text a segment has under `fill`, or null when it would just repeat the MT. A confirmed MT is its own final text. */
export function postEditedText(segment: ExportSegment, fill: Fill = "mt"): string | null {
  if (segment.approved !== null) return segment.approved;
  if (segment.status === "confirmed") return segment.mt;
  // A rejected sentence's latest proposal is the rejected text: never offered as the article's words.
  return fill === "latest" && segment.status !== "rejected" ? segment.latest : null;
}

export function documentSegments(doc: ExportDocument): ExportSegment[] {
  return doc.blocks.flatMap((block) => block.segments);
}

export function countUnapproved(doc: ExportDocument): number {
  return documentSegments(doc).filter((segment) => segment.approved === null && segment.status !== "confirmed").length;
}

/** Each block's text with every segment's range replaced by its final text; whatever lies between segments is kept as is. */
export function articleBlocks(doc: ExportDocument, fill: Fill = "mt"): ArticleBlock[] {
  return doc.blocks.map((block) => {
    const segments = [...block.segments].sort((a, b) => a.start - b.start);
    let text = "";
    const pieces: ArticlePiece[] = [];
    let cursor = block.start;
    for (const segment of segments) {
      const original = block.text.slice(segment.start - block.start, segment.end - block.start);
      // Offsets that disagree with the stored text would silently corrupt the article, so refuse to export.
      if (segment.start < cursor || segment.end > block.end || original !== segment.mt) {
        throw new Error(`Segment ${segment.order} [${segment.start}, ${segment.end}) does not match the text of its block [${block.start}, ${block.end}).`);
      }
      const gap = block.text.slice(cursor - block.start, segment.start - block.start);
      const final = segment.mt === "" ? spacedInsertion(text + gap, finalText(segment, fill), block.text.charAt(segment.end - block.start)) : finalText(segment, fill);
      text += gap + final;
      if (pieces.length > 0) pieces.push({ text: gap.replace(GAP_MARKERS, "$1"), unapproved: false });
      pieces.push({ text: final, unapproved: segment.approved === null && segment.status !== "confirmed" });
      cursor = segment.end;
    }
    text += block.text.slice(cursor - block.start);
    if (doc.inlineCodes) {
      const codes = Object.assign({}, ...segments.map((segment) => segment.inlineCodes ?? {})) as InlineCodes;
      const plain = (of: string) => withoutPlaceholders(of, block.text, codes);
      // The plain-text article breaks the line where the page did (<br>); the other formats write a break of their own.
      const lines = plain(text).replace(/^\u2028+|\u2028+$/g, "").replaceAll(LINE_SEPARATOR, "\n");
      return { kind: block.kind, text: lines, separator: block.separator, pieces: withoutLeadingMarker(plainPieces(pieces, plain), block.kind) };
    }
    return { kind: block.kind, text, separator: block.separator, pieces: withoutLeadingMarker(pieces, block.kind) };
  });
}

/**
 * An article has no tags: a paired placeholder goes, a standalone one (an image) leaves a space between the words it
 * stood between, and one space where it had a space on either side (none before a closing punctuation mark); half of a
 * pair written as two codes (XLIFF's <bx/>…<ex/>) goes like a pair; a line break (an HTML page's <br>, XLIFF's
 * ctype="lb") becomes LINE_SEPARATOR, without the spaces around it. `codes` tells the kinds apart, and `blockText`
 * without them: a pair's closing token is in it. A NUL (never in a document's text) marks where one piece of a block
 * ends and the next begins.
 */
export function withoutPlaceholders(text: string, blockText: string, codes: InlineCodes = {}): string {
  let breaks = false;
  const plain = text.replace(/([^\0]?)(\0?)⟦(\/?)(\d+)⟧(?=\0?([^\0]?))/gsu, (match: string, before: string, boundary: string, slash: string, n: string, after: string) => {
    const code = codes[match.slice(before.length + boundary.length)] ?? "";
    const standalone = slash === "" && !blockText.includes(`⟦/${n}⟧`) && !PAIR_HALF.test(code);
    if (standalone && LINE_BREAK.test(code)) {
      breaks = true;
      return before + boundary + LINE_SEPARATOR;
    }
    if (standalone && / /u.test(before) && (/\s/u.test(after) || CLOSING_MARK.test(after))) return boundary;
    const spaced = standalone && before !== "" && after !== "" && !/\s/u.test(before + after) && !after.startsWith("⟦") && !CLOSING_MARK.test(after);
    return before + boundary + (spaced ? " " : "");
  });
  return breaks ? plain.replace(/[ \t]*(\0?)[ \t]*\u2028[ \t]*(\0?)[ \t]*/gu, `$1${LINE_SEPARATOR}$2`) : plain;
}

// Codes that stand for a line break: HTML's <br>, XLIFF 1.2's ctype="lb", XLIFF 2.0's subType="xlf:lb".
const LINE_BREAK = /^<br\b|^<x\b[^>]*\sctype="lb"|^<ph\b[^>]*\ssubType="xlf:lb"/i;
// Half of a pair written as two standalone codes (<bx/>/<ex/>, <bpt>/<ept>, <sc/>/<ec/>, <it>): formatting, taking no room.
const PAIR_HALF = /^<(?:bx|ex|bpt|ept|sc|ec|it)\b/;
const CLOSING_MARK = /^[,.;:!?)\]}»”’…]/u;

/** The pieces without placeholders, stripped as one text: a <br> or an image at a sentence's end sits between it and the next. */
function plainPieces(pieces: ArticlePiece[], plain: (text: string) => string): ArticlePiece[] {
  const texts = plain(pieces.map((piece) => piece.text).join("\0")).split("\0");
  return pieces.map((piece, i) => ({ ...piece, text: texts[i] }));
}

/** A translation typed where the MT had nothing (a source sentence left untranslated) sits between words: space it from them. */
function spacedInsertion(before: string, inserted: string, after: string): string {
  if (inserted === "") return inserted;
  const joins = (a: string, b: string) => a !== "" && b !== "" && !/\s/u.test(a) && !/\s/u.test(b) && !NO_SPACE_SCRIPTS.test(a + b);
  const lead = joins(before.slice(-1), inserted.charAt(0)) ? " " : "";
  const trail = joins(inserted.slice(-1), after) && !/^[,.;:!?)\]}»”’]/u.test(after) ? " " : "";
  return lead + inserted + trail;
}

const NO_SPACE_SCRIPTS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

function withoutLeadingMarker(pieces: ArticlePiece[], kind: BlockKind): ArticlePiece[] {
  const marker = LEADING_MARKERS[kind]?.exec(pieces.map((piece) => piece.text).join(""));
  let drop = marker?.[0].length ?? 0;
  if (drop === 0) return pieces;
  // The marker may span pieces ("1." as a sentence of its own, then a space).
  return pieces.map((piece) => {
    const cut = Math.min(drop, piece.text.length);
    drop -= cut;
    return { ...piece, text: piece.text.slice(cut) };
  });
}

/** The block's pieces with the outer whitespace trimmed and empty pieces left out. */
export function trimmedPieces(block: ArticleBlock): ArticlePiece[] {
  const last = block.pieces.length - 1;
  return block.pieces
    .map((piece, i) => ({ ...piece, text: i === 0 ? piece.text.trimStart() : i === last ? piece.text.trimEnd() : piece.text }))
    .map((piece, i) => (i === 0 && last === 0 ? { ...piece, text: piece.text.trimEnd() } : piece))
    .filter((piece) => piece.text !== "");
}

/** The blocks an article format writes: those with some content (a Markdown import's code, rules and front matter have none). */
export function contentBlocks(doc: ExportDocument, fill: Fill = "mt"): ArticleBlock[] {
  return articleBlocks(doc, fill).filter((block) => trimmedPieces(block).length > 0);
}

/** The legend an article format shows when it marks unapproved sentences. */
export function unapprovedLegend(doc: ExportDocument): string {
  const total = documentSegments(doc).length;
  const unapproved = countUnapproved(doc);
  return `Draft: ${unapproved} of ${total} sentences ${unapproved === 1 ? "is" : "are"} not approved; ${unapproved === 1 ? "it is" : "they are"} marked.`;
}

// Quote markers ("> ") at the start of a continuation line, which Markdown imports leave between segments.
const GAP_MARKERS = /(\n[ \t]*)>[ \t]?/g;

// Markers a plain-text import keeps inside the first segment ("- item", "1. item", "# Title", "> words").
const LEADING_MARKERS: Partial<Record<BlockKind, RegExp>> = {
  list_item: /^(?:[-*+•‣◦▪–—]|\d{1,9}[.)])[ \t]+/,
  title: /^#{1,6}[ \t]+/,
  heading: /^#{1,6}[ \t]+/,
  quote: /^>[ \t]?/,
};
