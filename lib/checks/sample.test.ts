// Runs every case of the public sample (../shared/bench/checks/sample-ru-en.json): each planted problem found, clean sentences clean.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runChecks } from "./index";
import { meets, sampleDocument, scoreSample, type ChecksSample } from "./sample-score";

const sample = JSON.parse(readFileSync(new URL("../../../shared/bench/checks/sample-ru-en.json", import.meta.url), "utf8")) as ChecksSample;

describe("the public checks sample", () => {
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
