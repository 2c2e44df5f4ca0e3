import { describe, expect, it } from "vitest";
import xliff2js from "xliff/xliff2js";
import { buildDocument, findSegment } from "./fixtures/build-document";
import { edgeDocument } from "./fixtures/edge-document";
import { bilingualSeedDocument, seedDocument } from "./fixtures/seed-document";
import { documentSegments, finalText } from "./final-text";
import type { ExportDocument, Fill } from "./types";
import { xliff } from "./xliff";

async function parsedUnits(doc: ExportDocument, fill: Fill) {
  const parsed = await xliff2js(xliff(doc, { fill }));
  return { parsed, units: parsed.resources[`doc${doc.id}`] };
}

const notes = (note: string | string[] | undefined) => (Array.isArray(note) ? note : note === undefined ? [] : [note]);

describe("xliff", () => {
  for (const fill of ["mt", "latest"] satisfies Fill[]) {
    it(`parses back with the same targets and sources, fill ${fill}`, async () => {
      const doc = bilingualSeedDocument();
      const { parsed, units } = await parsedUnits(doc, fill);
      expect(parsed.sourceLanguage).toBe("ru");
      expect(parsed.targetLanguage).toBe("en");
      const segments = documentSegments(doc);
      expect(Object.keys(units)).toEqual(segments.map((s) => `s${s.id}`));
      for (const segment of segments) {
        const unit = units[`s${segment.id}`];
        expect(unit.target).toBe(finalText(segment, fill));
        expect(unit.source ?? "").toBe(segment.source ?? "");
        expect(notes(unit.note)[0]).toBe(segment.mt);
      }
    });
  }

  it("declares the MT's language on both sides of a monolingual document, whose source element holds the MT", async () => {
    const doc = seedDocument();
    const { parsed, units } = await parsedUnits(doc, "mt");
    expect([parsed.sourceLanguage, parsed.targetLanguage]).toEqual(["en", "en"]);
    const meeting = findSegment(doc, "The meeting borrowed");
    expect(units.s1006.source).toBe(meeting.mt);
    expect(notes(units.s1006.note)[0]).toMatch(/has no source text/);
  });

  it("carries every flag as a note, with its state, severity, category and span in code points", async () => {
    const { units } = await parsedUnits(seedDocument(), "mt");
    expect(notes(units.s1006.note).slice(1)).toEqual([
      'Major Accuracy/Mistranslation (resolved) on the MT\'s characters 12-20 "borrowed": Literal verb (Ana Editor)',
      'Minor Terminology/Inappropriate for context (resolved) on the MT\'s characters 58-73 "Prezident hotel": Transliterated name (Ana Editor)',
    ]);
    expect(notes(units.s1023.note)[1]).toBe("Minor Accuracy/Omission (open) at the MT's character 0: Missing article:\n\"The level\" (Rui Reviewer)");
    expect(xliff(seedDocument())).toContain('<note category="flag">Neutral Style/Awkward (dismissed)');
  });

  it("writes one XLIFF state per segment, from its status; a rejected segment is not translated", () => {
    const out = xliff(seedDocument());
    const states = [...out.matchAll(/<unit id="(s\d+)"[^>]*>[^]*?<segment state="(\w+)" subState="verso:(\w+)">/g)];
    const byUnit = Object.fromEntries(states.map(([, id, state, status]) => [id, `${state}/${status}`]));
    expect(states).toHaveLength(documentSegments(seedDocument()).length);
    expect(byUnit).toMatchObject({ s1001: "initial/new", s1006: "final/approved", s1020: "translated/proposed", s1043: "initial/rejected" });
    expect(out).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="en">/);
  });

  it("round-trips entities, markup and significant spaces, and replaces characters XML forbids", async () => {
    const doc = edgeDocument();
    const { units } = await parsedUnits(doc, "latest");
    expect(units.s1001.target).toBe("AT&amp;T & <b>Co</b> said\n\"yes\" ]]> -- ");
    expect(units.s1001.source).toBe("«AT&T» & <i>Co</i>");
    expect(notes(units.s1001.note)[0]).toBe('AT&amp;T & <b>Co</b> said "yes".');
    expect(units.s1001.additionalAttributes).toEqual({ "xml:space": "preserve" });
    expect(notes(units.s1002.note)[0]).toBe("Next\uFFFD one.");
    expect(units.s1002.target).toBe("  Next one.  ");
    expect(units.s1003.additionalAttributes).toBeUndefined();
  });

  it("is not confused by tag names inside the text", async () => {
    const doc = buildDocument("Use <segment> and <note> here. Then <notes>.", { title: "t" });
    const out = xliff(doc);
    expect(out.match(/<segment state=/g)).toHaveLength(2);
    const { units } = await parsedUnits(doc, "mt");
    expect(units.s1001.target).toBe("Use <segment> and <note> here.");
  });

  it("keys units by segment id, so two segments never share a unit even if their order numbers collide", async () => {
    const doc = buildDocument("One. Two. Three.", { title: "t" });
    for (const segment of documentSegments(doc)) segment.order = 1;
    const { units } = await parsedUnits(doc, "mt");
    expect(Object.values(units).map((unit) => unit.target)).toEqual(["One.", "Two.", "Three."]);
  });
});

describe("xliff comments", () => {
  function commented(): ExportDocument {
    const doc = seedDocument();
    const segment = findSegment(doc, "The meeting borrowed");
    segment.comments = [
      { author: "ann@example.org", body: "Is “borrowed” <right>?", createdAt: new Date(0), resolved: true },
      { author: "rui@example.org", body: "No: lasted.", createdAt: new Date(1), resolved: true },
    ];
    doc.comments = [{ author: "pm@example.org", body: "Due Friday & no later.", createdAt: new Date(2), resolved: false }];
    return doc;
  }

  it("writes a segment's comments as its last notes and the document's as the file's notes, escaped", async () => {
    const out = xliff(commented());
    expect(out).toContain('<note category="comment">(resolved) Is “borrowed” &lt;right&gt;? (ann@example.org)</note>');
    expect(out).toMatch(/<file id="doc\d+">\s*<notes>\s*<note category="comment">Due Friday &amp; no later. \(pm@example.org\)<\/note>\s*<\/notes>\s*<unit /);
    expect(out).toContain('Comments are notes with category "comment"');
    const { units } = await parsedUnits(commented(), "mt");
    const segment = findSegment(commented(), "The meeting borrowed");
    expect(notes(units[`s${segment.id}`].note).slice(-2)).toEqual(["(resolved) Is “borrowed” <right>? (ann@example.org)", "(resolved) No: lasted. (rui@example.org)"]);
  });

  it("says nothing of comments when there are none", () => {
    expect(xliff(seedDocument())).not.toMatch(/category="comment"|Comments are notes/);
  });
});
