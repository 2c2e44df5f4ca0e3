import { describe, expect, it } from "vitest";
import { buildDocument, findSegment } from "./fixtures/build-document";
import { SEED_TEXT, seedDocument, untouchedSeedDocument } from "./fixtures/seed-document";
import { articleBlocks, countUnapproved, finalText } from "./final-text";
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

describe("countUnapproved", () => {
  it("counts segments without an approved text", () => {
    const doc = seedDocument();
    const total = doc.blocks.flatMap((b) => b.segments).length;
    expect(countUnapproved(doc)).toBe(total - 3);
    expect(countUnapproved(untouchedSeedDocument())).toBe(total);
  });
});
