import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { segmentText, segmentTextSteps } from "./index";
import { segmentTextAsync } from "./segment-async";
import { runStepsCooperatively } from "./steps";

const seed = readFileSync("prisma/seed-article.txt", "utf8");

describe("segmentTextAsync", () => {
  it.each([
    ["the seed article", seed, "text"],
    ["100,000 one-letter lines", "a\n".repeat(100_000), "text"],
    ["rules then headings", "***\n".repeat(10_000) + "# h\n".repeat(10_000), "markdown"],
    ["Markdown paragraphs", "Hello there. General Kenobi.\n\n".repeat(10_000), "markdown"],
  ] as const)("gives exactly segmentText's result for %s", async (_, text, format) => {
    expect(await segmentTextAsync(text, { format })).toEqual(segmentText(text, { format }));
  });

  it("lets other callbacks run between its steps", async () => {
    let turns = 0;
    let done = false;
    const tick = () => {
      turns++;
      if (!done) setImmediate(tick);
    };
    setImmediate(tick);
    // A slice of 0 ms gives the event loop back at every pause (every 4,096 lines or blocks), whatever the machine's speed.
    const result = await runStepsCooperatively(segmentTextSteps("a\n".repeat(100_000)), 0);
    done = true;
    expect(result.blocks).toHaveLength(100_000);
    expect(turns).toBeGreaterThan(100_000 / 4_096);
  });
});
