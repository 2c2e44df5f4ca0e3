// unbalanced-brackets: a bracket opened and never closed, or closed and never opened, within a paragraph.
import { unbalancedHits, type Mark } from "./balance";
import type { Check } from "./types";

const PAIRS: Record<string, string> = { "(": "()", ")": "()", "[": "[]", "]": "[]", "{": "{}", "}": "{}" };
// List markers ("1)", "b)") and smileys (":)") close nothing.
const NOT_A_CLOSER = /(?:^|\s)(?:\d{1,2}|\p{L})$|[:;]-?$/u;

export const unbalancedBrackets: Check = {
  id: "unbalanced-brackets",
  severity: "error",
  category: { category: "Fluency", subcategory: "Punctuation" },
  run: (doc) => unbalancedHits(doc, { marks: bracketMarks, noun: "bracket" }),
};

function bracketMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  // "(see page 5)": with a bracket open, what looks like a list marker closes it.
  let open = 0;
  for (const m of text.matchAll(/[()[\]{}]/g)) {
    const opens = "([{".includes(m[0]);
    if (!opens && m[0] === ")" && open === 0 && NOT_A_CLOSER.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    if (opens && m[0] === "(" && /[:;]-?$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    if (m[0] === "(") open++;
    if (m[0] === ")") open = Math.max(0, open - 1);
    marks.push({ at: m.index, pair: PAIRS[m[0]], opens });
  }
  return marks;
}
