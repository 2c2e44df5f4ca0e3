import { describe, expect, it } from "vitest";
import { findContractViolations } from "./fixtures/invariants";
import { segmentText } from "./index";

function kindsAndText(text: string) {
  const result = segmentText(text);
  expect(findContractViolations(text, result)).toEqual([]);
  return result.blocks.map((b) => [b.kind, text.slice(b.start, b.end)]);
}

describe("segmentText on plain text", () => {
  it("makes each line a block when paragraphs are single lines", () => {
    const text = "Talks in Geneva\nDecember 5, 2023, 10:30 GMT\nBy John Smith\nThe ministers met. They talked.\nPosition of Russia\nLavrov replied.\n";
    expect(kindsAndText(text)).toEqual([
      ["title", "Talks in Geneva"],
      ["dateline", "December 5, 2023, 10:30 GMT"],
      ["meta", "By John Smith"],
      ["paragraph", "The ministers met. They talked."],
      ["heading", "Position of Russia"],
      ["paragraph", "Lavrov replied."],
    ]);
  });

  it("keeps a hard-wrapped paragraph in one block and lets sentences cross its line breaks", () => {
    const text = [
      "The ministers met in Geneva on Friday and discussed security guarantees in",
      "Europe. The meeting lasted an hour and a half and took place in the Hotel",
      "President, a venue often used for talks.",
      "",
      "A short second paragraph.",
    ].join("\n");
    const result = segmentText(text);
    expect(result.blocks.map((b) => b.kind)).toEqual(["paragraph", "paragraph"]);
    expect(result.blocks[0].segments.map((s) => s.text.replace(/\n/g, " "))).toEqual([
      "The ministers met in Geneva on Friday and discussed security guarantees in Europe.",
      "The meeting lasted an hour and a half and took place in the Hotel President, a venue often used for talks.",
    ]);
  });

  it("finds list items, a question used as a heading, and quotes", () => {
    const text = "Key points:\n- First point.\n* Second point. Two sentences.\n1. Numbered item\n\nWhat happens next?\n\nNobody knows yet, said the official.\n\n> Quoted line.\n\nThe end.";
    expect(kindsAndText(text)).toEqual([
      ["paragraph", "Key points:"],
      ["list_item", "- First point."],
      ["list_item", "* Second point. Two sentences."],
      ["list_item", "1. Numbered item"],
      ["heading", "What happens next?"],
      ["paragraph", "Nobody knows yet, said the official."],
      ["quote", "> Quoted line."],
      ["paragraph", "The end."],
    ]);
  });

  it("marks the closing lines as footer and meta", () => {
    const text = "Title\n\nBody text here.\n\nSource: RIA Novosti\nSubscribe to our channels YANDEX.ZEN, PULSE, GOOGLE NEWS\n© 2023 The Moscow Post. All rights reserved.\n";
    expect(kindsAndText(text).slice(2)).toEqual([
      ["meta", "Source: RIA Novosti"],
      ["footer", "Subscribe to our channels YANDEX.ZEN, PULSE, GOOGLE NEWS"],
      ["footer", "© 2023 The Moscow Post. All rights reserved."],
    ]);
  });

  it("calls a short unpunctuated last line meta, and a longer one a paragraph", () => {
    expect(kindsAndText("Title\n\nBody.\n\nThe Moscow Post").at(-1)).toEqual(["meta", "The Moscow Post"]);
    const truncated = "Title\n\nBody.\n\nNote that the security of the United States itself is not yet discussed";
    expect(kindsAndText(truncated).at(-1)?.[0]).toBe("paragraph");
  });

  it("does not call a long first sentence a title, nor a question inside a paragraph run a heading", () => {
    const text = "The ministers met in Geneva on Friday.\nWhy did they meet?\nNobody said.";
    expect(kindsAndText(text).map(([kind]) => kind)).toEqual(["paragraph", "paragraph", "paragraph"]);
  });

  it("keeps leading whitespace and the exact separators", () => {
    const text = "\n\n  Title  \n\n\n  Body.  \n";
    const result = segmentText(text);
    expect(result.leading).toBe("\n\n  ");
    expect(result.blocks.map((b) => [b.kind, b.separator])).toEqual([["title", "  \n\n\n  "], ["paragraph", "  \n"]]);
  });

  it("splits a file that is one paragraph of several sentences, and keeps a one-sentence first line a title", () => {
    const sentences = (text: string, language?: string) =>
      segmentText(text, { language }).blocks.map((b) => [b.kind, b.segments.map((s) => s.text)]);
    expect(sentences("I live in the U.S. How about you?\n")).toEqual([["paragraph", ["I live in the U.S.", "How about you?"]]]);
    expect(sentences("我们明天见。好！")).toEqual([["paragraph", ["我们明天见。", "好！"]]]);
    expect(sentences("Talks go on! Ministers meet in Geneva\n\nThey met. They talked.")).toEqual([
      ["title", ["Talks go on! Ministers meet in Geneva"]],
      ["paragraph", ["They met.", "They talked."]],
    ]);
    expect(sentences("Why did the talks fail?\n")).toEqual([["title", ["Why did the talks fail?"]]]);
    expect(sentences("Vamos. ¿Vienes?\n\nSí.", "es")).toEqual([
      ["paragraph", ["Vamos.", "¿Vienes?"]],
      ["paragraph", ["Sí."]],
    ]);
  });

  it("returns no blocks for empty or blank text", () => {
    expect(segmentText("")).toEqual({ leading: "", blocks: [] });
    expect(segmentText(" \n \n")).toEqual({ leading: " \n \n", blocks: [] });
  });

  it("uses the language's abbreviations", () => {
    const text = "Заголовок\n\nПрезидент В. В. Путин заявил об этом, т. е. подтвердил. Переговоры продолжатся.";
    const result = segmentText(text, { language: "ru" });
    expect(result.blocks[1].segments.map((s) => s.text)).toEqual([
      "Президент В. В. Путин заявил об этом, т. е. подтвердил.",
      "Переговоры продолжатся.",
    ]);
  });
});
