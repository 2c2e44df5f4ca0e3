import { describe, expect, it } from "vitest";
import { buildDocument, findSegment } from "./fixtures/build-document";
import { SEED_TEXT, seedDocument, untouchedSeedDocument } from "./fixtures/seed-document";
import { articleBlocks, countUnapproved, finalText } from "./final-text";
import { segmentedDocument } from "./fixtures/segmented-document";
import { txt } from "./txt";

describe("txt with nothing approved and fill mt", () => {
  it("gives back the seed article byte for byte", () => {
    const out = txt(untouchedSeedDocument(), { fill: "mt" });
    expect(Buffer.from(out, "utf8").equals(Buffer.from(SEED_TEXT, "utf8"))).toBe(true);
  });

  it("keeps leading text, odd separators and the text between segments", () => {
    const text = "\uFEFF\n  Title here  \r\n\r\n\tOne.  Two!\u00A0 \"Three?\"   \n\n\n- item.\n";
    const doc = buildDocument(text.replace(/^\uFEFF\n/, ""), { title: "t", kindOf: () => "paragraph" });
    expect(txt(doc)).toBe(text.replace(/^\uFEFF\n/, ""));
    const withLeading = { ...doc, leading: "\uFEFF\n" };
    expect(txt(withLeading)).toBe("\uFEFF\n" + txt(doc));
  });

  it("keeps the seed document with its proposals unchanged when nothing is approved", () => {
    const doc = seedDocument();
    for (const segment of doc.blocks.flatMap((b) => b.segments)) segment.approved = null;
    expect(txt(doc, { fill: "mt" })).toBe(SEED_TEXT);
  });
});

describe("finalText", () => {
  const segment = { ...findSegment(untouchedSeedDocument(), "The meeting borrowed") };

  it("prefers the approved text, then follows the fill option", () => {
    expect(finalText({ ...segment, approved: "A.", latest: "L." }, "latest")).toBe("A.");
    expect(finalText({ ...segment, latest: "L." }, "mt")).toBe(segment.mt);
    expect(finalText({ ...segment, latest: "L." }, "latest")).toBe("L.");
    expect(finalText({ ...segment, latest: null }, "latest")).toBe(segment.mt);
    expect(finalText({ ...segment, approved: "" }, "mt")).toBe("");
  });

  it("never fills with a rejected proposal", () => {
    expect(finalText({ ...segment, latest: "Rejected.", status: "rejected" }, "latest")).toBe(segment.mt);
    expect(finalText({ ...segment, latest: "Open.", status: "proposed" }, "latest")).toBe("Open.");
  });
});

describe("articleBlocks", () => {
  it("replaces only the segments' ranges", () => {
    const doc = buildDocument("One.  Two.\t Three.", { title: "t", kindOf: () => "paragraph" });
    findSegment(doc, "Two").approved = "2.";
    findSegment(doc, "Three").latest = "3.";
    expect(articleBlocks(doc, "mt")[0].text).toBe("One.  2.\t Three.");
    expect(articleBlocks(doc, "latest")[0].text).toBe("One.  2.\t 3.");
  });

  it("refuses segments whose offsets disagree with the block text", () => {
    const doc = buildDocument("One. Two.", { title: "t", kindOf: () => "paragraph" });
    findSegment(doc, "Two").mt = "Too.";
    expect(() => articleBlocks(doc, "mt")).toThrow(/Segment 2/);
  });
});

describe("articleBlocks pieces", () => {
  it("leave out Markdown markers outside the segments: headings, list markers, quote markers", () => {
    const doc = segmentedDocument("# Title here\n\n- First item.\n- Second item\n\n> One. Two.\n> Three.\n", { format: "markdown" });
    expect(articleBlocks(doc).map((block) => [block.kind, block.pieces.map((p) => p.text).join("")])).toEqual([
      ["title", "Title here"],
      ["list_item", "First item."],
      ["list_item", "Second item"],
      ["quote", "One. Two.\nThree."],
    ]);
  });

  it("leave out a list marker a plain-text import keeps inside the segment", () => {
    const doc = buildDocument("- First item.\n", { title: "t", kindOf: () => "list_item" });
    expect(articleBlocks(doc)[0].pieces.map((p) => p.text)).toEqual(["First item."]);
    expect(articleBlocks(doc)[0].text).toBe("- First item.");
  });

  it("tell approved sentences from the others", () => {
    const doc = buildDocument("One. Two.", { title: "t", kindOf: () => "paragraph" });
    Object.assign(findSegment(doc, "Two"), { approved: "2.", status: "approved" });
    expect(articleBlocks(doc)[0].pieces).toEqual([
      { text: "One.", unapproved: true },
      { text: " ", unapproved: false },
      { text: "2.", unapproved: false },
    ]);
  });
});

describe("countUnapproved", () => {
  it("counts segments without an approved text", () => {
    const doc = seedDocument();
    const total = doc.blocks.flatMap((b) => b.segments).length;
    expect(countUnapproved(doc)).toBe(total - 4);
    expect(countUnapproved(untouchedSeedDocument())).toBe(total);
  });
});

describe("a translation typed where the MT had nothing", () => {
  function withEmptyMt(text: string, after: number, approved: string) {
    const doc = buildDocument(text, { title: "t", kindOf: () => "paragraph" });
    const segments = doc.blocks[0].segments;
    const at = segments[after].end;
    segments.splice(after + 1, 0, { ...segments[after], id: 999, mt: "", start: at, end: at, approved });
    return doc;
  }

  it("is spaced from the words around it", () => {
    expect(txt(withEmptyMt("One. Two.", 0, "Inserted."))).toBe("One. Inserted. Two.");
    expect(txt(withEmptyMt("One. Two.", 1, "Last."))).toBe("One. Two. Last.");
  });

  it("adds no space where the text has one already, nor in scripts written without spaces", () => {
    expect(txt(withEmptyMt("One. Two.", 0, " Spaced."))).toBe("One. Spaced. Two.");
    expect(txt(withEmptyMt("一。二。", 0, "三。"))).toBe("一。二。三。");
  });
});

describe("the article of a CAT file, without its inline codes", () => {
  function catDocument(text: string, codes: Record<string, string>) {
    const doc = { ...buildDocument(text, { title: "t", kindOf: () => "paragraph" }), inlineCodes: true };
    for (const segment of doc.blocks.flatMap((block) => block.segments)) segment.inlineCodes = codes;
    return doc;
  }

  it("leaves no space where half of a pair (<bx/>, <ex/>) stood, nor before a full stop after an image", () => {
    const doc = catDocument("Reported by the ⟦1⟧Foreign Ministry⟦2⟧. Talks took place in the hotel ⟦3⟧.", {
      "⟦1⟧": '<bx id="3" rid="1" ctype="x-a"/>',
      "⟦2⟧": '<ex id="4" rid="1"/>',
      "⟦3⟧": '<ph id="5" ctype="image">&lt;img src="hotel.png"/&gt;</ph>',
    });
    expect(txt(doc)).toBe("Reported by the Foreign Ministry. Talks took place in the hotel.");
  });

  it("breaks the line at an XLIFF line break, and still spaces an image between two words", () => {
    const doc = catDocument("An hour and a half.⟦1⟧This was ⟦2⟧reported.", { "⟦1⟧": '<x id="2" ctype="lb"/>', "⟦2⟧": '<x id="3" ctype="image"/>' });
    expect(txt(doc)).toBe("An hour and a half.\nThis was reported.");
    expect(txt(catDocument("See⟦1⟧the map.", { "⟦1⟧": '<x id="3" ctype="image"/>' }))).toBe("See the map.");
  });
});
