import { describe, expect, it } from "vitest";
import xliff12ToJs from "xliff/xliff12ToJs";
import { findSegment } from "./fixtures/build-document";
import { edgeDocument } from "./fixtures/edge-document";
import { bilingualSeedDocument, seedDocument } from "./fixtures/seed-document";
import { documentSegments, finalText } from "./final-text";
import type { ExportDocument, Fill } from "./types";
import { xliff12 } from "./xliff12";

async function parsedUnits(doc: ExportDocument, fill: Fill) {
  const parsed = await xliff12ToJs(xliff12(doc, { fill }));
  return { parsed, units: parsed.resources[`doc${doc.id}`] };
}

describe("xliff12", () => {
  for (const fill of ["mt", "latest"] satisfies Fill[]) {
    it(`has one trans-unit per segment that parses back, fill ${fill}`, async () => {
      const doc = bilingualSeedDocument();
      const { parsed, units } = await parsedUnits(doc, fill);
      expect([parsed.sourceLanguage, parsed.targetLanguage]).toEqual(["ru", "en"]);
      const segments = documentSegments(doc);
      expect(Object.keys(units)).toEqual(segments.map((s) => `s${s.id}`));
      for (const segment of segments) {
        expect(units[`s${segment.id}`].target).toBe(finalText(segment, fill));
        expect(units[`s${segment.id}`].source).toBe(segment.source ?? "");
      }
    });
  }

  it("declares the MT's language on both sides of a monolingual document", async () => {
    const { parsed, units } = await parsedUnits(seedDocument(), "mt");
    expect([parsed.sourceLanguage, parsed.targetLanguage]).toEqual(["en", "en"]);
    expect(units.s1006.source).toBe(findSegment(seedDocument(), "The meeting borrowed").mt);
  });

  it("sets 1.2 target states, approved=yes on approved units, and a rejected unit needs translation", () => {
    const out = xliff12(seedDocument(), { fill: "latest" });
    const state = (id: string) => new RegExp(`<trans-unit id="${id}"[^>]*>\\s*<source>[^<]*</source>\\s*<target ([^>]*)>`).exec(out)?.[1];
    expect(state("s1001")).toBe('state="needs-review-translation" state-qualifier="mt-suggestion"');
    expect(state("s1020")).toBe('state="translated"');
    expect(state("s1043")).toBe('state="needs-translation"');
    expect(state("s1006")).toBe('state="final"');
    expect(out).toContain('<trans-unit id="s1006" approved="yes">');
    expect(out).toContain('<note from="Ana Editor" annotates="source">flag: Major Accuracy/Mistranslation (resolved) on the MT\'s characters 12-20 "borrowed": Literal verb</note>');
    expect(out).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">/);
  });

  it("round-trips entities, markup and significant spaces", async () => {
    const { units } = await parsedUnits(edgeDocument(), "latest");
    expect(units.s1001.target).toBe("AT&amp;T & <b>Co</b> said\n\"yes\" ]]> -- ");
    expect(units.s1001.source).toBe("«AT&T» & <i>Co</i>");
    expect(units.s1002.target).toBe("  Next one.  ");
  });
});

describe("xliff12 comments", () => {
  it("writes comments as notes from their author, the document's in the file header", async () => {
    const doc = seedDocument();
    const segment = findSegment(doc, "The meeting borrowed");
    segment.comments = [{ author: "ann@example.org", body: "Is “borrowed” right?", createdAt: new Date(0), resolved: false }];
    doc.comments = [{ author: "pm@example.org", body: "Due Friday.", createdAt: new Date(1), resolved: true }];
    const out = xliff12(doc, { fill: "mt" });
    expect(out).toContain('<note from="ann@example.org" annotates="general">comment: Is “borrowed” right?</note>');
    expect(out).toMatch(/<header>\s*<note from="pm@example.org">comment: \(resolved\) Due Friday.<\/note>\s*<\/header>\s*<body>/);
    const { units } = await parsedUnits(doc, "mt");
    expect(Object.keys(units)).toContain(`s${segment.id}`);
  });
});
