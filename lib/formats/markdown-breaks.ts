/** Markdown's way of telling a line break apart from a space: CommonMark reads a line that ends in one of these as a hard break. */

export function isMarkdownFileName(fileName: string | null | undefined): boolean {
  return /\.(md|markdown)$/i.test(fileName ?? "");
}

/** The hard-break marker a Markdown line ends in, as written: a backslash (not itself escaped) or two or more spaces; null for a soft break. */
export function markdownHardBreak(line: string): string | null {
  const backslashes = /\\*$/.exec(line)?.[0].length ?? 0;
  if (backslashes % 2 === 1) return "\\";
  return / {2,}$/.exec(line)?.[0] ?? null;
}

/** What a hard line break becomes for the formats that write a break of their own (HTML <br>, a line break in Word). */
export const LINE_SEPARATOR = "\u2028";

/**
 * A Markdown import's pieces with each hard line break, marker and line end, turned into one LINE_SEPARATOR; soft line
 * ends stay as they are. The marker and the line end may lie in two pieces (a sentence's end, then the gap).
 */
export function withHardBreaks<P extends { text: string }>(pieces: P[]): P[] {
  const joined = pieces.map((piece) => piece.text).join("");
  const replaced = new Map<number, string>();
  for (const match of joined.matchAll(/(\\+| {2,})(\r\n|\r|\n)/g)) {
    const [, marker, lineEnd] = match;
    const markerStart = marker.startsWith("\\") ? match.index + marker.length - 1 : match.index;
    // An even run of backslashes is escaped backslashes, text before a soft break.
    if (marker.startsWith("\\") && marker.length % 2 === 0) continue;
    const lineEndStart = match.index + marker.length;
    for (let i = markerStart; i < lineEndStart + lineEnd.length; i++) replaced.set(i, i === lineEndStart ? LINE_SEPARATOR : "");
  }
  if (replaced.size === 0) return pieces;
  let offset = 0;
  return pieces.map((piece) => {
    let text = "";
    for (let i = 0; i < piece.text.length; i++) text += replaced.get(offset + i) ?? piece.text[i];
    offset += piece.text.length;
    return { ...piece, text };
  });
}
