// Cases written like the public sample (fixtures/cases-ru-en.json): Russian-to-English news MT with planted problems
// and clean sentences, scored the way the held-out sets are: each planted problem found, nothing on clean sentences.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runChecks } from "./index";
import { meets, sampleDocument, scoreSample, type ChecksSample } from "./sample-score";

const sets = JSON.parse(readFileSync(new URL("./fixtures/cases-ru-en.json", import.meta.url), "utf8")) as (ChecksSample & { note: string })[];

for (const sample of sets) {
  describe(sample.note, () => {
    const findings = runChecks(sampleDocument(sample));

    for (const expected of sample.expected) {
      it(`finds ${expected.check} "${expected.text}" in segment ${expected.segment}`, () => {
        const onSegment = findings.filter((f) => f.segment === expected.segment);
        expect(findings.filter((f) => meets(sample, f, expected)), JSON.stringify(onSegment)).not.toHaveLength(0);
      });
    }

    it("reports nothing on the clean sentences", () => {
      expect(scoreSample(sample, findings).stray).toEqual([]);
    });
  });
}
