import { describe, expect, it } from "vitest";
import { edgeDocument } from "./fixtures/edge-document";
import { findSegment } from "./fixtures/build-document";
import { bilingualSeedDocument, seedDocument } from "./fixtures/seed-document";
import { triplets } from "./triplets";

const parse = (jsonl: string) => jsonl.trimEnd().split("\n").map((line) => JSON.parse(line));

describe("triplets", () => {
  it("has one line per approved segment with fill mt, with document and segment ids", () => {
    const doc = seedDocument();
    const lines = parse(triplets(doc, { fill: "mt" }));
    expect(lines).toHaveLength(4);
    const meeting = findSegment(doc, "The meeting borrowed");
    expect(lines[1]).toEqual({ doc: 1, segment: meeting.id, order: meeting.order, src: null, mt: meeting.mt, pe: meeting.approved });
    expect(Object.keys(lines[0])).toEqual(["doc", "segment", "order", "src", "mt", "pe"]);
  });

  it("carries the source sentence when the document has one", () => {
    const doc = bilingualSeedDocument();
    const lines = parse(triplets(doc, { fill: "mt" }));
    expect(lines.find((line) => line.segment === findSegment(doc, "The meeting borrowed").id).src).toMatch(/^Встреча/);
    expect(lines.find((line) => line.segment === findSegment(doc, "These include Bulgaria").id).src).toBeNull();
  });

  it("adds the open proposals with fill latest, never a rejected one", () => {
    const lines = parse(triplets(seedDocument(), { fill: "latest" }));
    expect(lines.map((l) => l.mt.slice(0, 20))).toEqual(["In Geneva at the ini", "The meeting borrowed", "I suggested alliance", "We don't intend to a", "These include Bulgar"]);
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
