import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import type { GlossaryEntry } from "@/lib/checks/types";
import { parseGlossaryCsv, parseGlossaryTbx, readGlossaryFile } from "./glossary-read";
import { glossaryCsv, glossaryTbx } from "./glossary-write";

const ENTRIES: GlossaryEntry[] = [
  { source: "Минфин", preferred: "Finance Ministry", forbidden: ["Minfin", "Ministry of Finances"], note: "Russia's, not \"the\" ministry, ok" },
  { source: "Госдума", preferred: "State Duma", forbidden: [] },
  { source: "  пробел", preferred: "line\nbreak, comma", forbidden: ["<tag> & \"quote\""], note: "a|b" },
];
const TRIMMED = ENTRIES.map((e) => ({ ...e, source: e.source.trim() }));
const bytes = (text: string) => new TextEncoder().encode(text);

describe("a glossary CSV's first row", () => {
  const terms = (csv: string) => parseGlossaryCsv(csv).map((entry) => [entry.source, entry.preferred, entry.forbidden, entry.note ?? ""]);

  it("names its columns in any order", () => {
    expect(terms("preferred,note,source,forbidden\nFinance Ministry,Russia's,Минфин,Minfin\n")).toEqual([["Минфин", "Finance Ministry", ["Minfin"], "Russia's"]]);
    expect(terms("Source term,Target\nГосдума,State Duma\n")).toEqual([["Госдума", "State Duma", [], ""]]);
  });

  it("may name the two languages, source first", () => {
    expect(terms("ru,en\nГосдума,State Duma\n")).toEqual([["Госдума", "State Duma", [], ""]]);
  });

  it("is a term when it names no columns, even short words", () => {
    expect(terms("da,yes\nнет,no\n")).toEqual([["da", "yes", [], ""], ["нет", "no", [], ""]]);
  });

  it("counts rows as the file does when it says which row lacks a field", () => {
    expect(() => parseGlossaryCsv("source,preferred\nГосдума,State Duma\nМинфин\n")).toThrow(/row 3 needs/);
  });
});

describe("glossary files", () => {
  it("reads back the CSV it writes", () => {
    expect(parseGlossaryCsv(glossaryCsv(TRIMMED))).toEqual(TRIMMED);
    // A cell a spreadsheet would run as a formula is written as text, and reads back as it was.
    const risky = [{ source: "Минфин", preferred: "Finance Ministry", forbidden: ["-Minfin"], note: '=HYPERLINK("http://evil.example","x")' }];
    const csv = glossaryCsv(risky);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csv).toContain(`'-Minfin`);
    expect(parseGlossaryCsv(csv)).toEqual(risky);
  });

  it("writes well-formed TBX-Basic without a DOCTYPE and reads it back", () => {
    const xml = glossaryTbx({ name: "News & politics", sourceLanguage: "ru", targetLanguage: "en-GB", entries: TRIMMED });
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<martif type="TBX-Basic"/);
    expect(xml).not.toMatch(/DOCTYPE/);
    expect(() => new SaxesParser({ xmlns: true }).write(xml).close()).not.toThrow();
    expect(xml).toContain("preferredTerm-admn-sts");
    expect(xml).toContain("deprecatedTerm-admn-sts");
    expect(parseGlossaryTbx(xml, "ru", "en")).toEqual(TRIMMED);
  });

  it("reads TBX 2 core structure (ntig, termGrp) and TBX 3 DCT style", () => {
    const v2 = `<martif type="TBX"><text><body><termEntry>
      <langSet xml:lang="ru"><ntig><termGrp><term>Кремль</term></termGrp></ntig></langSet>
      <langSet xml:lang="en"><ntig><termGrp><term>Kremlin</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termGrp></ntig></langSet>
    </termEntry></body></text></martif>`;
    expect(parseGlossaryTbx(v2, "ru", "en")).toEqual([{ source: "Кремль", preferred: "Kremlin", forbidden: [] }]);
    const dct = `<tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2" xmlns:basic="http://www.tbxinfo.net/ns/basic"><text><body>
      <conceptEntry id="1"><langSec xml:lang="ru"><termSec><term>МИД</term></termSec></langSec>
      <langSec xml:lang="en"><termSec><term>Foreign Ministry</term><basic:administrativeStatus>preferredTerm-admn-sts</basic:administrativeStatus></termSec>
      <termSec><term>MID</term><basic:administrativeStatus>deprecatedTerm-admn-sts</basic:administrativeStatus></termSec></langSec></conceptEntry>
    </body></text></tbx>`;
    expect(parseGlossaryTbx(dct, "ru", "en")).toEqual([{ source: "МИД", preferred: "Foreign Ministry", forbidden: ["MID"] }]);
  });

  it("says which languages a TBX file has when none are the glossary's pair", () => {
    const german = `<martif type="TBX"><text><body><termEntry>
      <langSet xml:lang="de"><tig><term>Finanzministerium</term></tig></langSet>
      <langSet xml:lang="en"><tig><term>Finance Ministry</term></tig></langSet>
    </termEntry></body></text></martif>`;
    expect(() => parseGlossaryTbx(german, "ru", "en")).toThrow("The TBX file has no ru → en term pair, as this glossary needs; its terms are in de, en.");
  });

  it("picks the reader by file name and refuses anything else, empty, not UTF-8 or too large, in one message", () => {
    expect(readGlossaryFile(bytes("Минфин,Finance Ministry\n"), "terms.CSV", "ru", "en")).toHaveLength(1);
    const refusals = [
      () => readGlossaryFile(bytes("Минфин,Finance Ministry\n"), "terms.docx", "ru", "en"),
      () => readGlossaryFile(bytes("   \n"), "terms.csv", "ru", "en"),
      () => readGlossaryFile(new Uint8Array([0xff, 0xfe, 0x41]), "terms.csv", "ru", "en"),
      () => readGlossaryFile(new Uint8Array(5 * 1024 * 1024 + 1).fill(0x41), "terms.csv", "ru", "en"),
      () => readGlossaryFile(bytes('<!DOCTYPE lolz [<!ENTITY lol "lol">]><martif>&lol;</martif>'), "terms.tbx", "ru", "en"),
    ];
    for (const read of refusals) expect(read).toThrow(AppError);
  });
});
