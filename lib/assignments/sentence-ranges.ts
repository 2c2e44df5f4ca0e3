// Sentence numbers as people type them ("3-7, 9") and as pages show them back ("3–7, 9").

export type SentenceRange = { from: number; to: number };

const PART = /^(\d{1,7})(?:\s*[-–—]\s*(\d{1,7}))?$/;

/** "3-7, 9" → [{3,7},{9,9}]; an empty text is null (the whole document). Throws a sentence for the form on anything else. */
export function parseSentenceRanges(text: string): SentenceRange[] | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const ranges: SentenceRange[] = [];
  for (const part of trimmed.split(/[,;]/).map((piece) => piece.trim())) {
    const match = PART.exec(part);
    if (!match) throw new Error(`“${part}” is not a sentence number or a range such as 3-7.`);
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    if (from < 1) throw new Error("Sentences are numbered from 1.");
    if (to < from) throw new Error(`The range ${from}-${to} ends before it starts.`);
    ranges.push({ from, to });
  }
  return ranges;
}

/** Sorted sentence numbers → "3–7, 9". */
export function formatSentenceRanges(orders: readonly number[]): string {
  const parts: string[] = [];
  let start: number | null = null;
  let previous = 0;
  for (const order of [...orders].sort((a, b) => a - b)) {
    if (start !== null && order === previous + 1) {
      previous = order;
      continue;
    }
    if (start !== null) parts.push(start === previous ? `${start}` : `${start}–${previous}`);
    start = previous = order;
  }
  if (start !== null) parts.push(start === previous ? `${start}` : `${start}–${previous}`);
  return parts.join(", ");
}
