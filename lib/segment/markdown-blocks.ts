// Markdown -> blocks, by hand: a Markdown parser would not keep the offsets and whitespace we export byte for byte.
import { skipSpaces } from "./chars";
import { splitLinesSteps, markStandalone, type Line, type RawBlock } from "./lines";
import { inSlices, runSteps, type Steps } from "./steps";

const ATX = /^#{1,6}(?=\s|$)/;
const LIST_ITEM = /^(?:[-*+]|\d{1,9}[.)])(?=\s|$)/;
const FENCE = /^(?:`{3,}|~{3,})/;
const SETEXT = /^(?:=+|-+)$/;
// GFM: a header row, then a delimiter row of dashes (with alignment colons) between pipes.
const TABLE_DELIMITER = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?$/;
const CELL_SEPARATOR = /(?<!\\)\|/g;
const LINK_DEFINITION = /^\[[^\]]+\]:\s*\S/;
const HTML_BLOCK = /^(?:<\/?[A-Za-z][\w-]*(?:[\s/>]|$)|<!--)/;

function isBreak(line: string): boolean {
  const marks = line.replace(/[ \t]/g, "");
  return marks.length >= 3 && /^(?:-+|\*+|_+)$/.test(marks);
}

/** Blocks of a Markdown text: headings, list items, quotes and paragraphs; code and rules have no segments. */
export function findMarkdownBlocks(text: string): RawBlock[] {
  return runSteps(findMarkdownBlocksSteps(text));
}

export function* findMarkdownBlocksSteps(text: string): Steps<RawBlock[]> {
  const lines = yield* splitLinesSteps(text);
  const blocks: RawBlock[] = [];
  const spans: Array<[number, number]> = [];
  // Kept as we go: checking every earlier block at each heading made a file of rules and headings quadratic.
  let onlyMetaSoFar = true;
  const lineText = (line: Line) => text.slice(line.start, line.end);
  const push = (first: number, last: number, block: Omit<RawBlock, "start" | "end" | "standalone">) => {
    blocks.push({ start: lines[first].start, end: lines[last].end, standalone: false, kind: block.kind, parts: block.parts, whole: block.whole });
    spans.push([first, last]);
    onlyMetaSoFar &&= block.parts?.length === 0;
  };
  const startsBlock = (line: string) => ATX.test(line) || LIST_ITEM.test(line) || FENCE.test(line) || line.startsWith(">") || isBreak(line);

  let start = 0;
  if (lineText(lines[0]) === "---") {
    const close = lines.findIndex((line, j) => j > 0 && ["---", "..."].includes(lineText(line)));
    if (close > 0) {
      push(0, close, { kind: "meta", parts: [] });
      start = close + 1;
    }
  }
  yield* inSlices(start, lines.length, (from, until) => {
    let i = from;
    for (; i < until; i++) {
      const line = lineText(lines[i]);
      if (lines[i].blank) continue;
      const first = i;
      const fence = FENCE.exec(line);
      // Indented code, except a list item's indented paragraph after a blank line.
      if (indentOf(text, lines[i]) >= 4 && blocks.at(-1)?.kind !== "list_item") {
        while (i + 1 < lines.length && (lines[i + 1].blank || indentOf(text, lines[i + 1]) >= 4)) i++;
        while (lines[i].blank) i--;
        push(first, i, { kind: "meta", parts: [] });
      } else if (LINK_DEFINITION.test(line)) {
        while (i + 1 < lines.length && LINK_DEFINITION.test(lineText(lines[i + 1]))) i++;
        push(first, i, { kind: "meta", parts: [] });
      } else if (HTML_BLOCK.test(line) && tagsOnly(text, lines, i)) {
        while (i + 1 < lines.length && !lines[i + 1].blank) i++;
        push(first, i, { kind: "meta", parts: [] });
      } else if (fence) {
        while (i + 1 < lines.length && !lineText(lines[i + 1]).startsWith(fence[0])) i++;
        if (i + 1 < lines.length) i++;
        push(first, i, { kind: "meta", parts: [] });
      } else if (ATX.test(line)) {
        push(first, i, { kind: onlyMetaSoFar && line.startsWith("# ") ? "title" : "heading", parts: [headingContent(text, lines[i])], whole: true });
      } else if (isBreak(line)) {
        push(first, i, { kind: "meta", parts: [] });
      } else if (line.startsWith(">")) {
        const parts = [];
        for (; i < lines.length && lineText(lines[i]).startsWith(">"); i++) parts.push(afterMarker(text, lines[i], 1));
        push(first, --i, { kind: "quote", parts });
      } else if (line.includes("|") && i + 1 < lines.length && line.replace(CELL_SEPARATOR, "").trim() !== "" && isTableDelimiter(lineText(lines[i + 1]))) {
        // One block, each cell a part: a cell is never a sentence with its neighbour, and no pipe is inside a segment.
        const parts = [];
        for (; i < lines.length && !lines[i].blank && (i === first + 1 || !startsBlock(lineText(lines[i]))); i++) {
          if (i !== first + 1) parts.push(...cellsOf(text, lines[i]));
        }
        push(first, --i, { kind: "paragraph", parts });
      } else if (LIST_ITEM.test(line)) {
        const marker = LIST_ITEM.exec(line)![0].length;
        while (i + 1 < lines.length && !lines[i + 1].blank && !startsBlock(lineText(lines[i + 1]))) i++;
        push(first, i, { kind: "list_item", parts: [{ start: afterMarker(text, lines[first], marker).start, end: lines[i].end }] });
      } else {
        while (i + 1 < lines.length && !lines[i + 1].blank && !startsBlock(lineText(lines[i + 1])) && !SETEXT.test(lineText(lines[i + 1]))) i++;
        const underline = i + 1 < lines.length && SETEXT.test(lineText(lines[i + 1])) && lineText(lines[i + 1]).length > 1;
        const part = { start: lines[first].start, end: lines[i].end };
        if (underline) i++;
        push(first, i, underline ? { kind: "heading", parts: [part], whole: true } : { parts: [part] });
      }
    }
    return i;
  });
  markStandalone(blocks, spans, lines);
  return blocks;
}

/** Columns of white space before the line's text, a tab counting as four. */
function indentOf(text: string, line: Line): number {
  const rawStart = text.lastIndexOf("\n", line.start - 1) + 1;
  return text.slice(rawStart, line.start).replace(/\t/g, "    ").length;
}

/** An HTML block (up to the next blank line) with no text outside its tags: markup, not sentences. */
function tagsOnly(text: string, lines: Line[], first: number): boolean {
  let last = first;
  while (last + 1 < lines.length && !lines[last + 1].blank) last++;
  return text.slice(lines[first].start, lines[last].end).replace(/<!--[\s\S]*?-->|<[^>]*>/g, "").trim() === "";
}

function isTableDelimiter(line: string): boolean {
  return line.includes("-") && (line.includes("|") || line.includes(":")) && TABLE_DELIMITER.test(line);
}

/** A table row's cells, each trimmed, empty ones left out; an escaped pipe (\\|) is text. */
function cellsOf(text: string, line: Line): Array<{ start: number; end: number }> {
  const cells: Array<{ start: number; end: number }> = [];
  let start = line.start;
  const row = text.slice(line.start, line.end);
  for (const separator of [...row.matchAll(CELL_SEPARATOR), { index: row.length }]) {
    const end = line.start + separator.index!;
    let from = start;
    let to = end;
    while (from < to && /\s/.test(text[from])) from++;
    while (to > from && /\s/.test(text[to - 1])) to--;
    if (to > from) cells.push({ start: from, end: to });
    start = end + 1;
  }
  return cells;
}

function afterMarker(text: string, line: Line, marker: number): { start: number; end: number } {
  return { start: Math.min(skipSpaces(text, line.start + marker), line.end), end: line.end };
}

/** "## Title ##" -> "Title": the closing hashes are markup too. */
function headingContent(text: string, line: Line): { start: number; end: number } {
  const content = afterMarker(text, line, ATX.exec(text.slice(line.start, line.end))![0].length);
  let end = content.end;
  while (end > content.start && text[end - 1] === "#") end--;
  if (end === content.start || /\s/.test(text[end - 1])) return { start: content.start, end: end === content.start ? content.end : end };
  return content;
}
