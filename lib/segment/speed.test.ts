import { describe, expect, it } from "vitest";
import { findContractViolations } from "./fixtures/invariants";
import { pathologicalLanguageTexts, pathologicalTexts } from "./fixtures/news-text";
import { segmentText } from "./index";

// Timings live in `npm run bench:segment`, which checks the 1-second and 2.2x targets; tests check results only,
// because a timed assertion on a shared machine fails for reasons that have nothing to do with the code.
// Up to 500,000 sentences or blocks each: the generous timeouts only keep a busy shared machine from failing them.
describe("pathological 1 MB inputs", () => {
  it.each(Object.entries(pathologicalTexts(1_000_000)))("segments %s and keeps every offset", { timeout: 30_000 }, (_, text) => {
    const result = segmentText(text);
    expect(result.blocks.length).toBeGreaterThan(0);
    expect(findContractViolations(text, result)).toEqual([]);
  });

  it.each(Object.entries(pathologicalLanguageTexts(1_000_000)))("segments %s with its language's rules and keeps every offset", { timeout: 30_000 }, (_, [language, text]) => {
    const result = segmentText(text, { language });
    expect(result.blocks.length).toBeGreaterThan(0);
    expect(findContractViolations(text, result)).toEqual([]);
  });

  it("segments 500,000 one-letter lines into as many blocks", { timeout: 30_000 }, () => {
    expect(segmentText("a\n".repeat(500_000)).blocks).toHaveLength(500_000);
  });
});
