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
