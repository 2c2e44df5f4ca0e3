import { describe, expect, it } from "vitest";
import { pathologicalTexts, repeatSeedParagraphs } from "./fixtures/news-text";
import { segmentText } from "./index";

const MB = 1_000_000;

/** The fastest of several runs: the least disturbed by other test files and the garbage collector. */
function bestMs(run: () => void, times = 5): number {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe("segmentation speed", () => {
  it.each(Object.entries(pathologicalTexts(MB)))("segments 1 MB of %s in under a second", (_, text) => {
    const start = performance.now();
    const result = segmentText(text);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(result.blocks.length).toBeGreaterThan(0);
  });

  // 500,000 blocks: the result alone is 2.5 million objects, so this measures the garbage collector too.
  it("segments 1 MB of one-letter lines in under two seconds", () => {
    const start = performance.now();
    expect(segmentText("a\n".repeat(MB / 2)).blocks).toHaveLength(MB / 2);
    expect(performance.now() - start).toBeLessThan(2000);
  });

  // The bench holds the strict 2.2x bound; a shared CI machine gets some slack here.
  it("grows linearly with the text", () => {
    const oneMb = repeatSeedParagraphs(MB);
    const twoMb = repeatSeedParagraphs(2 * MB);
    segmentText(oneMb);
    expect(bestMs(() => segmentText(twoMb)) / bestMs(() => segmentText(oneMb))).toBeLessThan(3);
  });
});
