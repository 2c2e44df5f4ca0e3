import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { goldenRulesEn } from "./fixtures/golden-rules";
import { findContractViolations } from "./fixtures/invariants";
import { segmentText, splitSentences } from "./index";

const PIECES = [
  ...goldenRulesEn.map((rule) => rule.text),
  "Different dreams in one Geneva",
  "05 December 2023",
  '"We don\'t expect that. But I hope", - Blinken told.',
  'These include Bulgaria and Romania. "',
  "Putin said... He was asked directly.",
  "The U.S. Secretary of State",
  "Subscribe to our channels YANDEX.ZEN, PULSE, GOOGLE NEWS",
  "Source: RIA Novosti",
  "© 2023 The Moscow Post.",
  "Президент В. В. Путин, т. е. глава государства.",
  "- ", "* ", "1. ", "# ", "## ", "> ", "```", "---", "===", ". . . .", "...", "?!", '"', "(", ")", "[...]", "•", "…",
];
const SPACES = [" ", "  ", "\n", "\n\n", "\n\n\n", "\t", "\u00a0", " \n ", "\u2028", "\ufeff"];

const documents = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...PIECES) }, fc.constantFrom(...SPACES), fc.string({ maxLength: 8 })), { maxLength: 40 })
  .map((parts) => parts.join(""));

describe("segmentation contract on random documents", () => {
  it("holds for plain text", () => {
    fc.assert(
      fc.property(documents, fc.constantFrom("en", "ru"), (text, language) => {
        expect(findContractViolations(text, segmentText(text, { language }))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it("holds for Markdown, with syntax left outside segments", () => {
    fc.assert(
      fc.property(documents, (text) => {
        expect(findContractViolations(text, segmentText(text, { format: "markdown" }), true)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it("splitSentences covers every non-whitespace character exactly once, for any string", () => {
    fc.assert(
      fc.property(fc.oneof(documents, fc.string({ unit: "binary", maxLength: 60 })), (text) => {
        const ranges = splitSentences(text);
        let covered = 0;
        for (const { start, end } of ranges) {
          expect(start).toBeGreaterThanOrEqual(covered);
          expect(end).toBeGreaterThan(start);
          expect(text.slice(covered, start).trim()).toBe("");
          expect(text.slice(start, end)).toBe(text.slice(start, end).trim());
          covered = end;
        }
        expect(text.slice(covered).trim()).toBe("");
      }),
      { numRuns: 1000 },
    );
  });
});
