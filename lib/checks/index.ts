// The automatic checks, run over one document: pure functions of its segments, no database.
import { bidiControl } from "./bidi-control";
import { capitalisation } from "./capitalisation";
import { doubledWord } from "./doubled-word";
import { glossary } from "./glossary";
import { mtPattern } from "./mt-pattern";
import { nameInconsistency } from "./name-inconsistency";
import { numberMismatch } from "./number-mismatch";
import { punctuationSpacing } from "./punctuation-spacing";
import type { Check, CheckDocument, Finding } from "./types";
import { unbalancedBrackets } from "./unbalanced-brackets";
import { unbalancedQuotes } from "./unbalanced-quotes";
import { untranslated } from "./untranslated";

export type * from "./types";

export const CHECKS: readonly Check[] = [
  numberMismatch,
  untranslated,
  nameInconsistency,
  doubledWord,
  unbalancedQuotes,
  unbalancedBrackets,
  punctuationSpacing,
  capitalisation,
  glossary,
  mtPattern,
  bidiControl,
];

/**
 * Every check's findings, in document order. Offsets count code points, as the command line prints them, or
 * UTF-16 units (`offsets: "utf16"`), as annotations store them.
 */
export function runChecks(doc: CheckDocument, checks: readonly Check[] = CHECKS, { offsets = "code-points" }: { offsets?: "code-points" | "utf16" } = {}): Finding[] {
  const at = offsets === "utf16" ? (_text: string, offset: number) => offset : codePoints;
  const findings: Finding[] = [];
  for (const check of checks) {
    for (const hit of check.run(doc)) {
      const target = doc.segments[hit.segment].target;
      findings.push({
        segment: hit.segment + 1,
        check: check.id,
        severity: hit.severity ?? check.severity,
        category: hit.category ?? check.category,
        start: at(target, hit.start),
        end: at(target, hit.end),
        text: target.slice(hit.start, hit.end),
        message: hit.message,
      });
    }
  }
  return findings.sort((a, b) => a.segment - b.segment || a.start - b.start || a.end - b.end);
}

function codePoints(text: string, utf16Offset: number): number {
  let count = 0;
  for (let i = 0; i < utf16Offset; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xd800 || code > 0xdbff) count++;
  }
  return count;
}
