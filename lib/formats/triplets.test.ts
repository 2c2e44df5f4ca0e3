import { describe, expect, it } from "vitest";
import { edgeDocument } from "./fixtures/edge-document";
import { findSegment } from "./fixtures/build-document";
import { seedDocument } from "./fixtures/seed-document";
import { triplets } from "./triplets";

const parse = (jsonl: string) => jsonl.trimEnd().split("\n").map((line) => JSON.parse(line));

describe("triplets", () => {
  it("has one {src, mt, pe} line per approved segment with fill mt", () => {
    const doc = seedDocument();
    const lines = parse(triplets(doc, { fill: "mt" }));
    expect(lines).toHaveLength(3);
    const meeting = findSegment(doc, "The meeting borrowed");
    expect(lines[0]).toEqual({ src: meeting.source, mt: meeting.mt, pe: meeting.approved });
    expect(Object.keys(lines[1])).toEqual(["src", "mt", "pe"]);
    expect(lines[1].src).toBeNull();
  });

  it("adds the latest proposals with fill latest", () => {
    const lines = parse(triplets(seedDocument(), { fill: "latest" }));
    expect(lines.map((l) => l.mt.slice(0, 20))).toEqual([
      "The meeting borrowed",
      "I suggested alliance",
      "We don't intend to a",
      "Sergey Lavrov replie",
      "These include Bulgar",
    ]);
  });

  it("keeps one record per line when texts hold line breaks", () => {
    const out = triplets(edgeDocument(), { fill: "latest" });
    expect(out.split("\n")).toHaveLength(3);
    expect(parse(out)[0].pe).toBe("AT&amp;T & <b>Co</b> said\n\"yes\" ]]> -- ");
  });

  it("is empty when nothing was post-edited", () => {
    const doc = seedDocument();
    for (const block of doc.blocks) for (const s of block.segments) Object.assign(s, { approved: null, latest: null });
    expect(triplets(doc, { fill: "latest" })).toBe("");
  });
});
