import { describe, expect, it } from "vitest";
import { bilingualSeedDocument } from "../fixtures/seed-document";
import { tmx } from "../tmx";
import { readCatFile } from "./read-cat-file";

describe("readCatFile", () => {
  it("reads Verso's own TMX export as source and MT in the document's target language, not its MT tag", () => {
    const file = readCatFile(tmx(bilingualSeedDocument(), { fill: "mt" }), "tmx");
    expect([file.sourceLanguage, file.targetLanguage]).toEqual(["ru", "en"]);
    expect(file.units.find((unit) => unit.target.startsWith("The meeting borrowed"))?.source).toMatch(/^Встреча/);
  });
});
