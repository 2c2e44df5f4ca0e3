// Runs every case of the public sample (../shared/bench/checks/sample-ru-en.json): each planted problem found, clean sentences clean.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseGlossaryCsv } from "./glossary-file";
import { runChecks } from "./index";
import { spellingKey } from "./transliteration";

const SAMPLE = new URL("../../../shared/bench/checks/sample-ru-en.json", import.meta.url);

type Sample = { source: string[]; mt: string[]; expected: { segment: number; check: string; text: string }[]; glossary_csv: string };
const sample = JSON.parse(readFileSync(SAMPLE, "utf8")) as Sample;

/** The segments (1-based) whose MT spells a name like `name`, in any romanisation. */
function spellingSegments(name: string): number[] {
  return sample.mt.flatMap((mt, i) => (mt.split(/[^\p{L}]+/u).some((word) => word && spellingKey(word) === spellingKey(name)) ? [i + 1] : []));
}

describe("the public checks sample", () => {
  const findings = runChecks({
    segments: sample.mt.map((target, i) => ({ source: sample.source[i], target, block: i })),
    sourceLanguage: "ru",
    targetLanguage: "en",
    glossary: parseGlossaryCsv(sample.glossary_csv),
  });

  for (const expected of sample.expected) {
    it(`finds ${expected.check} "${expected.text}" in segment ${expected.segment}`, () => {
      // A name-inconsistency finding may sit on either spelling, as the sample's note says.
      const names = expected.check === "name-inconsistency";
      const found = findings.filter((f) =>
        names
          ? f.check === expected.check && spellingKey(f.text) === spellingKey(expected.text) && spellingSegments(expected.text).includes(f.segment)
          : f.check.startsWith(expected.check) && f.text === expected.text && f.segment === expected.segment,
      );
      expect(found, JSON.stringify(findings.filter((f) => f.segment === expected.segment))).not.toHaveLength(0);
    });
  }

  it("reports nothing on the clean sentences", () => {
    const planted = new Set(sample.expected.map((e) => e.segment));
    const nameSegments = new Set(sample.expected.filter((e) => e.check === "name-inconsistency").flatMap((e) => spellingSegments(e.text)));
    const stray = findings.filter((f) => !planted.has(f.segment) && !(f.check === "name-inconsistency" && nameSegments.has(f.segment)));
    expect(stray).toEqual([]);
  });
});
