// The tests of a checks sample, as the held-out sets score it: each planted problem found, nothing on clean sentences.
import { describe, expect, it } from "vitest";
import { runChecks } from "./index";
import { meets, sampleDocument, scoreSample, type ChecksSample } from "./sample-score";

export function describeSample(title: string, sample: ChecksSample) {
  describe(title, () => {
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
