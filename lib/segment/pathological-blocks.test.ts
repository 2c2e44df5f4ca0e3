import { describe, expect, it } from "vitest";
import { findContractViolations } from "./fixtures/invariants";
import { segmentText } from "./index";

// Inputs that once made block detection quadratic. Timings live in `npm run bench:import` (the 40k/10k ratio);
// here the results are checked, at a size where the old quadratic code took about ten seconds.
const N = 40_000;

describe("pathological block inputs", () => {
  it("finds one block per rule and per heading, with only the first heading as the title", () => {
    const text = "***\n".repeat(N) + "# h\n".repeat(N);
    const result = segmentText(text, { format: "markdown" });
    const kinds = new Map<string, number>();
    for (const block of result.blocks) kinds.set(block.kind, (kinds.get(block.kind) ?? 0) + 1);
    expect(Object.fromEntries(kinds)).toEqual({ meta: N, title: 1, heading: N - 1 });
    expect(result.blocks[N].segments.map((s) => s.text)).toEqual(["h"]);
    expect(findContractViolations(text, result, true)).toEqual([]);
  });

  it("treats headings after rules and headings alike, whatever their order", () => {
    const text = "# h\n***\n".repeat(N);
    const kinds = segmentText(text, { format: "markdown" }).blocks.map((b) => b.kind);
    expect(kinds).toHaveLength(2 * N);
    expect(kinds.slice(0, 4)).toEqual(["title", "meta", "heading", "meta"]);
    expect(kinds.filter((kind) => kind === "heading")).toHaveLength(N - 1);
  });

  it("makes 100,000 one-letter lines of plain text 100,000 one-segment blocks", () => {
    const text = "a\n".repeat(100_000);
    const result = segmentText(text);
    expect(result.blocks).toHaveLength(100_000);
    expect(result.blocks.every((b) => b.segments.length === 1 && b.segments[0].text === "a")).toBe(true);
    expect(result.leading + result.blocks.map((b) => text.slice(b.start, b.end) + b.separator).join("")).toBe(text);
  });
});
