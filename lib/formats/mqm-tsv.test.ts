import { describe, expect, it } from "vitest";
import { edgeDocument } from "./fixtures/edge-document";
import { seedDocument } from "./fixtures/seed-document";
import { documentSegments } from "./final-text";
import { field, mqmTsv } from "./mqm-tsv";

const unescape = (text: string) => text.replace(/\\([\\tnr])/g, (_, c: string) => ({ t: "\t", n: "\n", r: "\r" })[c] ?? c);
const rows = (tsv: string) => tsv.trimEnd().split("\n").slice(1).map((line) => line.split("\t"));

describe("mqm-tsv", () => {
  it("writes the WMT header and one ten-column row per annotation that was not dismissed", () => {
    const doc = seedDocument();
    const tsv = mqmTsv(doc);
    expect(tsv.split("\n")[0]).toBe("system\tdoc\tdocSegId\tglobalSegId\trater\tsource\ttarget\tcategory\tseverity\tmetadata");
    const annotations = documentSegments(doc).flatMap((s) => s.annotations);
    expect(rows(tsv)).toHaveLength(annotations.filter((a) => a.state !== "dismissed").length);
    expect(annotations.some((a) => a.state === "dismissed")).toBe(true);
    for (const row of rows(tsv)) expect(row).toHaveLength(10);
  });

  it("puts the MT in target verbatim and the span in metadata", () => {
    const doc = seedDocument();
    for (const [system, title, docSegId, globalSegId, , , target, , , metadata] of rows(mqmTsv(doc))) {
      const segment = documentSegments(doc).find((s) => String(s.order) === docSegId)!;
      const meta = JSON.parse(metadata);
      expect([system, title, globalSegId]).toEqual(["mt", doc.title, docSegId]);
      expect(unescape(target)).toBe(segment.mt);
      expect(segment.mt.slice(meta.start, meta.end)).toBe(meta.marked_text);
    }
  });

  it("gives a corrected translation only where a post-edit exists", () => {
    const byId = (fill: "mt" | "latest") => Object.fromEntries(rows(mqmTsv(seedDocument(), { fill })).map((r) => [r[2], JSON.parse(r[9])]));
    expect(byId("mt")["6"].corrected_translation).toMatch(/^The meeting lasted/);
    expect(byId("mt")["20"]).not.toHaveProperty("corrected_translation");
    expect(byId("latest")["20"].corrected_translation).toMatch(/^We don't intend to attack or interfere/);
    expect(byId("mt")["23"]).toMatchObject({ start: 0, end: 0, marked_text: "" });
  });

  it("keeps every row on one line, with reversible escapes", () => {
    const doc = edgeDocument();
    const tsv = mqmTsv(doc);
    const [row] = rows(tsv);
    expect(tsv.trimEnd().split("\n")).toHaveLength(2);
    expect(row[1]).toBe("Edge\\tcase\\ntitle");
    expect(row[4]).toBe("A\\tB");
    expect(row[7]).toBe("Fluency/Character encoding");
    expect(JSON.parse(row[9]).note).toBe("Entity\tleft\nin text \\o/");
    expect(unescape(field("a\\tb\t\\\n"))).toBe("a\\tb\t\\\n");
  });
});
