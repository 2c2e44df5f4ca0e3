// Invisible marks that reorder the text after them: in an MT (or a pasted text) they make words read otherwise than stored.
const NAMES: Record<string, string> = {
  "\u202A": "LRE",
  "\u202B": "RLE",
  "\u202C": "PDF",
  "\u202D": "LRO",
  "\u202E": "RLO",
  "\u2066": "LRI",
  "\u2067": "RLI",
  "\u2068": "FSI",
  "\u2069": "PDI",
};
const CONTROL = /[\u202A-\u202E\u2066-\u2069]/g;

/** Offsets of each embedding, override or isolate mark in the text. */
export function bidiControlOffsets(text: string): number[] {
  return Array.from(text.matchAll(CONTROL), (match) => match.index);
}

/** The mark's short Unicode name (RLO for U+202E), or null for any other text. */
export function bidiControlName(text: string): string | null {
  return NAMES[text] ?? null;
}
