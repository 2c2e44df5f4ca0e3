import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { tmx } from "./tmx";
import { bilingualSeedDocument } from "./fixtures/seed-document";
import { parseTmx } from "./tmx-parse";

describe("parseTmx", () => {
  it("reads units with a source and a target variant, their ids and dates, without native codes", () => {
    const parsed = parseTmx(readFileSync("tests/fixtures/cat/memory.tmx", "utf8"));
    expect(parsed.sourceLang).toBe("ru");
    expect(parsed.targetLang).toBe("en");
    expect(parsed.units).toEqual([
      {
        id: "t1",
        source: "Встреча длилась полтора часа.",
        target: "The meeting lasted an hour and a half.",
        creationDate: new Date("2022-01-21T09:30:00Z"),
        changeDate: new Date("2022-01-22T10:15:00Z"),
      },
      { source: "Переговоры прошли в отеле «Президент».", target: "The talks took place at the Hotel President." },
    ]);
  });

  it("takes a bare header language (srclang=\"ru\") for its regional variants (ru-RU)", () => {
    const parsed = parseTmx(`<tmx version="1.4"><header srclang="ru" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/>
      <body><tu><tuv xml:lang="ru-RU"><seg>Встреча длилась час.</seg></tuv><tuv xml:lang="en-US"><seg>The meeting lasted an hour.</seg></tuv></tu></body></tmx>`);
    expect([parsed.sourceLang, parsed.targetLang]).toEqual(["ru", "en-US"]);
    expect(parsed.units).toEqual([{ source: "Встреча длилась час.", target: "The meeting lasted an hour." }]);
  });

  it("reads Verso's own TMX export", () => {
    const parsed = parseTmx(tmx(bilingualSeedDocument(), { fill: "mt" }));
    // The MT variant comes first after the source, so a Verso TMX imports as source and MT.
    expect([parsed.sourceLang, parsed.targetLang]).toEqual(["ru", "en-x-mt"]);
    expect(parsed.units.length).toBeGreaterThan(0);
    expect(parsed.units[0].id).toMatch(/^s\d+$/);
  });

  it("throws bad input with a sentence for what is wrong", () => {
    const fail = (xml: string) => {
      try {
        parseTmx(xml);
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        return (error as AppError).message;
      }
      return "parsed";
    };
    expect(fail("<xliff/>")).toBe("This is not a TMX file: its root element is <xliff>, not <tmx>.");
    expect(fail('<!DOCTYPE tmx SYSTEM "tmx14.dtd"><tmx version="1.4"/>')).toMatch(/declares a DOCTYPE/);
    expect(fail('<tmx version="1.4"><header srclang="ru"/><body><tu><tuv xml:lang="ru"><seg>a</seg></tuv></tu></body></tmx>')).toMatch(/no translation unit with a target language/);
  });
});
