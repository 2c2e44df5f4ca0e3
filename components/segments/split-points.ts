// Chinese and Japanese write no spaces: a sentence of theirs splits after its own punctuation.
const CJK_MARK = /[。．！？、，；：」』）]/;

/** Offsets where a word starts (after whitespace or CJK punctuation), each with a short label showing the text on both sides. */
export function splitPoints(text: string): { at: number; label: string }[] {
  const points: { at: number; label: string }[] = [];
  for (let at = 1; at < text.length; at++) {
    if (/\s/.test(text[at]) || !(/\s/.test(text[at - 1]) || (CJK_MARK.test(text[at - 1]) && !CJK_MARK.test(text[at])))) continue;
    const before = text.slice(0, at).trimEnd().split(/\s+/).slice(-3).join(" ");
    const after = text.slice(at).split(/\s+/).slice(0, 3).join(" ");
    points.push({ at, label: `…${before} | ${after}…` });
  }
  return points;
}
