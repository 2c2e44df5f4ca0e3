import { describe, expect, it } from "vitest";
import { annotate, buildDocument, findSegment, WORKED_AT } from "./fixtures/build-document";
import { edgeDocument } from "./fixtures/edge-document";
import { bilingualSeedDocument, seedDocument } from "./fixtures/seed-document";
import { documentSegments } from "./final-text";
import { unguardedCell } from "./csv-cell";
import { field, mqmTsv } from "./mqm-tsv";

const unescape = (text: string) => text.replace(/\\([\\tnr])/g, (_, c: string) => ({ t: "\t", n: "\n", r: "\r" })[c] ?? c);
const rows = (tsv: string) => tsv.trimEnd().split("\n").slice(1).map((line) => line.split("\t"));
const withoutMarks = (target: string) => target.replace(/<\/?v>/g, "");

describe("mqm-tsv", () => {
  it("writes the WMT header, one ten-column row per flag that was not dismissed and one No-error row per reviewed segment without one", () => {
    const doc = seedDocument();
    const tsv = mqmTsv(doc);
    expect(tsv.split("\n")[0]).toBe("system\tdoc\tdocSegId\tglobalSegId\trater\tsource\ttarget\tcategory\tseverity\tmetadata");
    const segments = documentSegments(doc);
    const flags = segments.flatMap((s) => s.annotations).filter((a) => a.state !== "dismissed").length;
    const reviewedClean = segments.filter((s) => s.reviewer !== null && s.annotations.every((a) => a.state === "dismissed"));
    expect(reviewedClean.map((s) => s.order)).toEqual([4]);
    expect(rows(tsv)).toHaveLength(flags + reviewedClean.length);
    for (const row of rows(tsv)) expect(row).toHaveLength(10);
    const noError = rows(tsv).filter((row) => row[7] === "No-error");
    expect(noError.map((row) => [row[2], row[4], row[8]])).toEqual([["4", "Rui Reviewer", "No-error"]]);
    expect(JSON.parse(noError[0][9]).timestamp).toBe(WORKED_AT.getTime());
  });

  it("never leaves the source empty: the MT for a monolingual document (source_not_seen), the source sentence otherwise", () => {
    for (const [, , , , , source, target, , , metadata] of rows(mqmTsv(seedDocument()))) {
      expect(source).not.toBe("");
      expect(source).toBe(withoutMarks(target));
      expect(JSON.parse(metadata).source_not_seen).toBe(true);
    }
    const bilingual = rows(mqmTsv(bilingualSeedDocument()));
    const meeting = bilingual.find((row) => row[2] === "6")!;
    expect(meeting[5]).toMatch(/^Встреча продлилась/);
    expect(JSON.parse(meeting[9])).not.toHaveProperty("source_not_seen");
  });

  it("marks each error span with <v>...</v> in the target, the MT otherwise verbatim, with a timestamp", () => {
    const doc = seedDocument();
    for (const [system, title, docSegId, globalSegId, , , target, category, , metadata] of rows(mqmTsv(doc))) {
      const segment = documentSegments(doc).find((s) => String(s.order) === docSegId)!;
      const meta = JSON.parse(metadata);
      expect([system, title, globalSegId]).toEqual(["mt", doc.title, docSegId]);
      expect(unescape(withoutMarks(target))).toBe(segment.mt);
      expect(meta.timestamp).toBe(WORKED_AT.getTime());
      expect(meta.segment_id).toBe(segment.id);
      if (category === "No-error") continue;
      expect(unescape(target).match(/<v>([^]*?)<\/v>/)?.[1]).toBe(meta.marked_text);
      expect([...segment.mt].slice(meta.start, meta.end).join("")).toBe(meta.marked_text);
    }
    const omission = rows(mqmTsv(doc)).find((row) => row[7] === "Accuracy/Omission")!;
    expect(omission[6].startsWith("<v></v>Level of popularity")).toBe(true);
  });

  it("counts offsets in code points, as Python slices, after an emoji", () => {
    const doc = buildDocument("Fans 🎉🎉 cheered loudly.", { title: "t" });
    const segment = findSegment(doc, "Fans");
    const start = segment.mt.indexOf("cheered");
    segment.annotations.push({ id: 1, start, end: start + 7, category: "Style", subcategory: null, severity: "Minor", note: "", author: "a", state: "open", createdAt: WORKED_AT });
    const [row] = rows(mqmTsv(doc));
    const meta = JSON.parse(row[9]);
    expect(start).toBe(10);
    expect([meta.start, meta.end]).toEqual([8, 15]);
    expect(row[6]).toBe("Fans 🎉🎉 <v>cheered</v> loudly.");
  });

  it("gives a corrected translation only where a post-edit exists, never a rejected proposal", () => {
    const byId = (fill: "mt" | "latest") => Object.fromEntries(rows(mqmTsv(seedDocument(), { fill })).map((r) => [r[2], JSON.parse(r[9])]));
    expect(byId("mt")["6"].corrected_translation).toMatch(/^The meeting lasted/);
    expect(byId("mt")["20"]).not.toHaveProperty("corrected_translation");
    expect(byId("latest")["20"].corrected_translation).toMatch(/^We don't intend to attack or interfere/);
    expect(byId("latest")["43"]).not.toHaveProperty("corrected_translation");
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

  it("guards every cell a spreadsheet would run as a formula with a leading quote, and gives the text back when the quote is dropped", () => {
    const doc = buildDocument(`=HYPERLINK("http://evil.example","x") now. -5 degrees. '=kept as it was.\n`, { title: "-draft", provenance: "@engine" });
    annotate(findSegment(doc, "=HYPERLINK"), "now", { category: "+Custom", subcategory: null, severity: "Minor", note: "=1+1", author: "=cmd|' /C calc'!A0", state: "open" });
    annotate(findSegment(doc, "-5"), "-5", { category: "Accuracy", subcategory: "Mistranslation", severity: "Major", note: "", author: "-rater", state: "open" });
    annotate(findSegment(doc, "'=kept"), "kept", { category: "Style", subcategory: "Awkward", severity: "Minor", note: "", author: "r", state: "open" });
    const tsvRows = rows(mqmTsv(doc));
    const [first, second, third] = tsvRows;
    expect(first.slice(0, 9)).toEqual([
      "'@engine",
      "'-draft",
      "1",
      "1",
      "'=cmd|' /C calc'!A0",
      `'=HYPERLINK("http://evil.example","x") now.`,
      `'=HYPERLINK("http://evil.example","x") <v>now</v>.`,
      "'+Custom",
      "Minor",
    ]);
    expect(JSON.parse(first[9]).note).toBe("=1+1");
    expect([second[4], second[5], second[6]]).toEqual(["'-rater", "'-5 degrees.", "<v>-5</v> degrees."]);
    // A text that already starts with a quote before such a character gets one more, so dropping one is always right.
    expect([third[5], third[6]]).toEqual(["''=kept as it was.", "''=<v>kept</v> as it was."]);
    for (const row of tsvRows) {
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      const segment = documentSegments(doc).find((s) => String(s.order) === row[2])!;
      expect(unguardedCell(row[5])).toBe(segment.mt);
      expect(withoutMarks(unguardedCell(row[6]))).toBe(segment.mt);
    }
  });
});
