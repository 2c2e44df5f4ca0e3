import { describe, expect, it } from "vitest";
import tmx2js from "tmexchange/tmx2js";
import { buildDocument, findSegment } from "./fixtures/build-document";
import { edgeDocument } from "./fixtures/edge-document";
import { bilingualSeedDocument, seedDocument } from "./fixtures/seed-document";
import { mtLanguage, tmx, tmxDate } from "./tmx";

describe("tmx", () => {
  it("pairs the MT with the approved text, and parses back", async () => {
    const doc = seedDocument();
    const parsed = await tmx2js(tmx(doc, { fill: "mt" }));
    expect(parsed.version).toBe("1.4");
    expect(parsed.sourceLanguage).toBe("en-x-mt");
    expect(Object.keys(parsed.resources)).toEqual(["s1004", "s1006", "s1008", "s1055"]);
    const meeting = findSegment(doc, "The meeting borrowed");
    expect(parsed.resources.s1006).toEqual({ "en-x-mt": meeting.mt, en: meeting.approved });
  });

  it("carries the source sentence of a bilingual document, declared as the source language", async () => {
    const doc = bilingualSeedDocument();
    const parsed = await tmx2js(tmx(doc, { fill: "mt" }));
    expect(parsed.sourceLanguage).toBe("ru");
    const meeting = findSegment(doc, "The meeting borrowed");
    expect(parsed.resources.s1006).toEqual({ ru: meeting.source, "en-x-mt": meeting.mt, en: meeting.approved });
    expect(Object.keys(parsed.resources.s1055)).toEqual(["en-x-mt", "en"]);
  });

  it("declares the MT as the source of a unit whose MT sentence has no aligned source, so every unit has a variant in its source language", () => {
    const out = tmx(bilingualSeedDocument(), { fill: "mt" });
    const units = [...out.matchAll(/<tu ([^>]*)>([^]*?)<\/tu>/g)].map(([, attributes, content]) => ({
      srclang: /srclang="([^"]+)"/.exec(attributes)?.[1] ?? "ru",
      languages: [...content.matchAll(/xml:lang="([^"]+)"/g)].map((m) => m[1]),
    }));
    expect(units.length).toBeGreaterThan(1);
    for (const unit of units) expect(unit.languages).toContain(unit.srclang);
    expect(out).toMatch(/<tu tuid="s1055" srclang="en-x-mt"/);
  });

  it("adds the open proposals with fill latest, never a rejected one", async () => {
    const doc = seedDocument();
    const parsed = await tmx2js(tmx(doc, { fill: "latest" }));
    expect(Object.keys(parsed.resources)).toEqual(["s1004", "s1006", "s1008", "s1020", "s1055"]);
    expect(parsed.resources.s1020.en).toBe(findSegment(doc, "We don't intend to attack").latest);
  });

  it("dates each unit and names who changed it, without standalone=yes", () => {
    const out = tmx(seedDocument(), { fill: "latest", exportedAt: new Date("2023-12-07T08:00:00.123Z") });
    expect(out.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">')).toBe(true);
    expect(out).not.toContain("standalone");
    expect(out).toContain('creationdate="20231207T080000Z"/>');
    expect(out).toContain('<tu tuid="s1006" creationdate="20231205T090000Z" creationid="mt" changedate="20231206T143000Z" changeid="Rui Reviewer">');
    // Proposed, not reviewed: the editor changed it last.
    expect(out).toContain('<tu tuid="s1020" creationdate="20231205T090000Z" creationid="mt" changedate="20231206T143000Z" changeid="Ana Editor">');
    expect(out).toContain('<prop type="x-verso-status">proposed</prop>');
    expect(tmxDate(new Date("2024-02-29T23:59:59.999Z"))).toBe("20240229T235959Z");
  });

  it("round-trips entities and markup", async () => {
    const parsed = await tmx2js(tmx(edgeDocument(), { fill: "latest" }));
    expect(parsed.resources.s1001).toEqual({
      "en-x-mt": 'AT&amp;T & <b>Co</b> said "yes".',
      en: "AT&amp;T & <b>Co</b> said\n\"yes\" ]]> -- ",
      ru: "«AT&T» & <i>Co</i>",
    });
    expect(parsed.resources.s1002).toEqual({ "en-x-mt": "Next\uFFFD one.", en: "  Next one.  " });
  });

  it("never lets the source overwrite the post-edit when both languages are the same", async () => {
    const doc = { ...buildDocument("One.", { title: "t", sourceLanguage: "en", targetLanguage: "en" }), bilingual: true };
    Object.assign(findSegment(doc, "One"), { source: "Uno.", approved: "1." });
    expect((await tmx2js(tmx(doc, { fill: "mt" }))).resources.s1001).toEqual({ "en-x-mt": "One.", en: "1." });
  });

  it("derives a valid private-use tag for the MT side", () => {
    expect(mtLanguage("en")).toBe("en-x-mt");
    expect(mtLanguage("pt-BR")).toBe("pt-BR-x-mt");
    expect(mtLanguage("en-x-legal")).toBe("en-x-legal-mt");
  });

  it("keys units by segment id, so no approved post-edit is dropped even if order numbers collide", async () => {
    const doc = buildDocument("One. Two.", { title: "t" });
    for (const segment of doc.blocks[0].segments) Object.assign(segment, { order: 1, approved: segment.mt.toUpperCase() });
    const parsed = await tmx2js(tmx(doc, { fill: "mt" }));
    expect(Object.values(parsed.resources).map((unit) => unit.en)).toEqual(["ONE.", "TWO."]);
  });
});
