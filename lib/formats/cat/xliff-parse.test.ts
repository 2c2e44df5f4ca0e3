import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { canonicalXml } from "../../../tests/canonical-xml";
import { parseXliff } from "./xliff-parse";
import { spliceXliff } from "./xliff-splice";

const fixture = (name: string) => readFileSync(`tests/fixtures/cat/${name}`, "utf8");
const v12 = fixture("okapi-1.2.xlf");
const v20 = fixture("okapi-2.0.xlf");

describe("parseXliff 1.2", () => {
  const parsed = parseXliff(v12);

  it("reads languages, the skeleton reference and each translatable unit with placeholders for <g>, <x/>, <bx/>, <ex/> and <ph>", () => {
    expect(parsed).toMatchObject({ version: "1.2", sourceLanguage: "ru-RU", targetLanguage: "en-US", skeleton: "geneva.html.skl" });
    expect(parsed.units.map((unit) => unit.key)).toEqual(["tu1", "tu2", "tu3", "tu5"]);
    const [title, meeting, hotel, untranslated] = parsed.units;
    expect(title).toMatchObject({ source: "Разные сны в одной ⟦1⟧Женеве⟦/1⟧", target: "Different dreams in one ⟦1⟧Geneva⟦/1⟧", notes: ["Headline: keep it short."] });
    expect(title.codes).toEqual({ "⟦1⟧": '<g id="1" ctype="bold">', "⟦/1⟧": "</g>" });
    expect(meeting.target).toBe("The meeting borrowed an hour and a half.⟦1⟧This was reported by the ⟦2⟧Foreign Ministry⟦3⟧.");
    expect(meeting.codes["⟦2⟧"]).toBe('<bx id="3" rid="1" ctype="x-a"/>');
    expect(hotel.codes["⟦1⟧"]).toBe('<ph id="5" ctype="image">&lt;img src="hotel.png"/&gt;</ph>');
    expect(untranslated).toMatchObject({ source: "Лавров и Блинкен & их команды.", target: "" });
  });

  it("keeps translate=\"no\" units apart, read-only", () => {
    expect(parsed.readOnly).toEqual([{ key: "tu4", source: "© ТАСС, 2022", target: "© ТАСС, 2022", notes: [], reason: "translate-no" }]);
  });
});

describe("parseXliff 2.0", () => {
  const parsed = parseXliff(v20);

  it("makes one unit per segment with placeholders for <pc>, <ph/>, <sc/> and <ec/>", () => {
    expect(parsed).toMatchObject({ version: "2.0", sourceLanguage: "ru", targetLanguage: "en", skeleton: "geneva.docx.skl" });
    expect(parsed.units.map((unit) => unit.key)).toEqual(["u1", "u2/s2", "u2/s3", "u4"]);
    expect(parsed.units[0]).toMatchObject({ target: "Different dreams in one ⟦1⟧Geneva⟦/1⟧⟦2⟧", notes: ["Headline: keep it short."] });
    expect(parsed.units[1].codes).toEqual({ "⟦1⟧": '<sc id="3" type="fmt"/>', "⟦2⟧": '<ec startRef="3" type="fmt"/>' });
  });

  it("keeps ignorable parts and translate=\"no\" units read-only", () => {
    expect(parsed.readOnly.map(({ key, reason }) => [key, reason])).toEqual([["u2/2", "ignorable"], ["u3", "translate-no"]]);
  });
});

describe("parseXliff refuses", () => {
  it("an unknown version, a file that is not XLIFF, and duplicate ids", () => {
    expect(() => parseXliff(fixture("unknown-version.xlf"))).toThrow('XLIFF version "3.0" is not supported; Verso reads XLIFF 1.2 and 2.0');
    expect(() => parseXliff("<tmx/>")).toThrow("This is not an XLIFF file: its root element is <tmx>");
    expect(() => parseXliff(v12.replace('id="tu2"', 'id="tu1"'))).toThrow('Two units of the file have the id "tu1"');
  });
});

describe("spliceXliff", () => {
  for (const [version, xml] of [["1.2", v12], ["2.0", v20]] as const) {
    it(`gives back XLIFF ${version} byte for byte when nothing is approved`, () => {
      expect(spliceXliff(xml, new Map())).toBe(xml);
    });

    it(`replaces approved targets of XLIFF ${version}, codes and all, sets state final, and changes nothing else`, () => {
      const units = parseXliff(xml).units;
      const [first, second, , last] = units;
      const approved = new Map([
        [second.key, { text: second.target.replace("borrowed", "lasted"), codes: second.codes }],
        [last.key, { text: "Talks were held at the Hotel President.", codes: last.codes }],
      ]);
      const exported = spliceXliff(xml, approved);
      const again = parseXliff(exported);
      expect(again.units.map((unit) => unit.target)).toEqual([first.target, second.target.replace("borrowed", "lasted"), units[2].target, "Talks were held at the Hotel President."]);
      expect(again.units[1].codes).toEqual(second.codes);
      const states = [...exported.matchAll(/state="final"/g)].length;
      expect(states).toBe(2);
      expect(exported).not.toMatch(/state-qualifier="mt-suggestion">The meeting lasted/);
      // Everything but the two edited units is untouched.
      const untouched = (text: string) => canonicalXml(text.replace(/<(trans-unit|unit) id="(tu2|tu5|u2|u4)"[\s\S]*?<\/\1>/g, ""));
      expect(untouched(exported)).toBe(untouched(xml));
    });
  }
});
