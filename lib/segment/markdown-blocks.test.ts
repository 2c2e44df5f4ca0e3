import { describe, expect, it } from "vitest";
import { findContractViolations } from "./fixtures/invariants";
import { segmentText } from "./index";

const MARKDOWN = `---
title: Geneva
---

# Different dreams in one Geneva

*05 December 2023*

## Position of the USA

Anthony Blinken said that the USA counts on peace. I added that
big results are not expected.

- First item. Second sentence
  continued here.
- Second item
1. Numbered item

> "We don't expect that.
> But I hope", - Blinken told.

\`\`\`
code here. Not sentences.
\`\`\`

***

Setext heading
==============

Last paragraph.
`;

describe("segmentText on Markdown", () => {
  const result = segmentText(MARKDOWN, { format: "markdown" });
  const view = result.blocks.map((b) => [b.kind, b.segments.map((s) => s.text)]);

  it("keeps the contract, with Markdown syntax left outside segments", () => {
    expect(findContractViolations(MARKDOWN, result, true)).toEqual([]);
  });

  it("maps Markdown structure to block kinds", () => {
    expect(view).toEqual([
      ["meta", []],
      ["title", ["Different dreams in one Geneva"]],
      ["dateline", ["*05 December 2023*"]],
      ["heading", ["Position of the USA"]],
      ["paragraph", ["Anthony Blinken said that the USA counts on peace.", "I added that\nbig results are not expected."]],
      ["list_item", ["First item.", "Second sentence\n  continued here."]],
      ["list_item", ["Second item"]],
      ["list_item", ["Numbered item"]],
      ["quote", ['"We don\'t expect that.', 'But I hope", - Blinken told.']],
      ["meta", []],
      ["meta", []],
      ["heading", ["Setext heading"]],
      ["paragraph", ["Last paragraph."]],
    ]);
  });

  it("covers the whole heading line with its block", () => {
    const heading = result.blocks[3];
    expect(MARKDOWN.slice(heading.start, heading.end)).toBe("## Position of the USA");
  });

  it("drops closing hashes but keeps a hash that is part of a word", () => {
    const text = "## Closing ##\n\n## C#\n";
    expect(segmentText(text, { format: "markdown" }).blocks.map((b) => b.segments.map((s) => s.text))).toEqual([["Closing"], ["C#"]]);
  });

  it("treats plain text the same way in both formats when it has no syntax", () => {
    const text = "Title\n\nOne sentence. Another one.";
    const kinds = (format: "text" | "markdown") => segmentText(text, { format }).blocks.map((b) => [b.kind, b.segments.length]);
    expect(kinds("markdown")).toEqual(kinds("text"));
  });
});

describe("a GFM table in Markdown", () => {
  const TABLE = "Intro.\n\n| Country | Position |\n|:---|---:|\n| USA | Counts on peace. Expects little. |\n| Russia | \\| Wants guarantees. |\n\nAfter.\n";
  const result = segmentText(TABLE, { format: "markdown" });

  it("makes each cell's sentences segments, leaving pipes and the delimiter row outside them", () => {
    expect(result.blocks.map((b) => [b.kind, b.segments.map((s) => s.text)])).toEqual([
      ["paragraph", ["Intro."]],
      ["paragraph", ["Country", "Position", "USA", "Counts on peace.", "Expects little.", "Russia", "\\| Wants guarantees."]],
      ["paragraph", ["After."]],
    ]);
    expect(findContractViolations(TABLE, result, true)).toEqual([]);
  });
});

describe("Markdown that holds no sentences", () => {
  const TEXT = [
    "Text with a ref [link][1]. More.",
    "    indented code line.\n    second code line.",
    '<div align="center">\n  <img src="a.png">\n</div>',
    '[1]: http://example.org "Title"\n[2]: <http://example.com>',
    "- An item.\n\n    Its second paragraph.",
    "<p>A paragraph in HTML.</p>",
  ].join("\n\n");
  const result = segmentText(TEXT, { format: "markdown" });

  it("leaves indented code, tag-only HTML blocks and link reference definitions out of segments, as fenced code is", () => {
    expect(result.blocks.map((b) => [b.kind, b.segments.map((s) => s.text)])).toEqual([
      ["paragraph", ["Text with a ref [link][1].", "More."]],
      ["meta", []],
      ["meta", []],
      ["meta", []],
      ["list_item", ["An item."]],
      ["paragraph", ["Its second paragraph."]],
      ["paragraph", ["<p>A paragraph in HTML.</p>"]],
    ]);
    expect(findContractViolations(TEXT, result, true)).toEqual([]);
  });
});
