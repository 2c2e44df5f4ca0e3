import { describe, expect, it } from "vitest";
import {
  annotationWeight,
  countWords,
  DEFAULT_MQM_WEIGHTS,
  documentMqm,
  mqmScore,
  segmentPenalty,
  tallyByCategory,
  tallyBySeverity,
  type MqmWeights,
} from "./mqm";
import { DEFAULT_TYPOLOGY } from "./typology";

const minorPunctuation = { category: "Fluency", subcategory: "Punctuation", severity: "Minor" };
const majorMistranslation = { category: "Accuracy", subcategory: "Mistranslation", severity: "Major" };
const minorInconsistent = { category: "Terminology", subcategory: "Inconsistent use", severity: "Minor" };

describe("annotation weights", () => {
  it("uses the severity weights", () => {
    expect(annotationWeight({ category: "Style", subcategory: "Awkward", severity: "Neutral" })).toBe(0);
    expect(annotationWeight(minorInconsistent)).toBe(1);
    expect(annotationWeight(majorMistranslation)).toBe(5);
    expect(annotationWeight({ category: "Other", severity: "Critical" })).toBe(25);
  });

  it("applies the 0.1 override to minor punctuation only", () => {
    expect(annotationWeight(minorPunctuation)).toBe(0.1);
    expect(annotationWeight({ ...minorPunctuation, severity: "Major" })).toBe(5);
    expect(annotationWeight({ ...minorPunctuation, subcategory: "Grammar" })).toBe(1);
  });

  it("weighs Non-translation 25 whatever its severity", () => {
    expect(annotationWeight({ category: "Non-translation", severity: "Minor" })).toBe(25);
    expect(annotationWeight({ category: "Non-translation", subcategory: null, severity: "Major" })).toBe(25);
  });

  it("rejects an unknown severity", () => {
    expect(() => annotationWeight({ category: "Other", severity: "Huge" })).toThrow(/Unknown MQM severity "Huge"/);
    expect(() => annotationWeight({ category: "Non-translation", severity: "" })).toThrow(RangeError);
  });

  it("takes weights as data", () => {
    const weights: MqmWeights = { severities: [{ name: "Minor", weight: 2 }], overrides: [] };
    expect(segmentPenalty([minorPunctuation, minorInconsistent], weights)).toBe(4);
    expect(DEFAULT_MQM_WEIGHTS.severities).toBe(DEFAULT_TYPOLOGY.severities);
  });
});

describe("penalty and score", () => {
  it("sums a segment's weights", () => {
    expect(segmentPenalty([])).toBe(0);
    expect(segmentPenalty([majorMistranslation, minorPunctuation, minorInconsistent])).toBeCloseTo(6.1, 10);
  });

  it("scores 100 × (1 − penalty / words)", () => {
    expect(mqmScore({ penalty: 0, wordCount: 12 })).toBe(100);
    expect(mqmScore({ penalty: 6.1, wordCount: 20 })).toBeCloseTo(69.5, 10);
    expect(mqmScore({ penalty: 25, wordCount: 10 })).toBe(-150);
    expect(mqmScore({ penalty: 0, wordCount: 0 })).toBe(100);
    expect(() => mqmScore({ penalty: 1, wordCount: 0 })).toThrow(RangeError);
  });

  it("counts whitespace-delimited words", () => {
    expect(countWords("The meeting borrowed an hour and a half.")).toBe(8);
    expect(countWords('  "...", - Blinken told.\n')).toBe(4);
    expect(countWords("")).toBe(0);
  });

  it("scores a document over all its segments", () => {
    const segments = [
      { mt: "The meeting borrowed an hour and a half.", annotations: [majorMistranslation] },
      { mt: "These include Bulgaria and Romania. \"", annotations: [minorPunctuation] },
    ];
    const result = documentMqm(segments);
    expect(result.penalty).toBeCloseTo(5.1, 10);
    expect(result.wordCount).toBe(14);
    expect(result.score).toBeCloseTo(100 * (1 - 5.1 / 14), 10);
  });
});

describe("breakdowns", () => {
  const annotations = [majorMistranslation, minorPunctuation, minorInconsistent, minorInconsistent];

  it("tallies count and penalty per category", () => {
    const byCategory = tallyByCategory(annotations);
    expect(byCategory.Accuracy).toEqual({ count: 1, penalty: 5 });
    expect(byCategory.Fluency).toEqual({ count: 1, penalty: 0.1 });
    expect(byCategory.Terminology).toEqual({ count: 2, penalty: 2 });
  });

  it("tallies count and penalty per severity", () => {
    expect(tallyBySeverity(annotations)).toEqual({ Major: { count: 1, penalty: 5 }, Minor: { count: 3, penalty: 2.1 } });
  });
});

describe("default typology", () => {
  it("lists PRODUCT.md's categories and severities", () => {
    expect(DEFAULT_TYPOLOGY.categories.map((c) => c.name)).toEqual([
      "Accuracy",
      "Fluency",
      "Terminology",
      "Style",
      "Locale convention",
      "Other",
      "Non-translation",
    ]);
    expect(DEFAULT_TYPOLOGY.categories.find((c) => c.name === "Fluency")?.subcategories).toContain("Character encoding");
    expect(DEFAULT_TYPOLOGY.severities).toEqual([
      { name: "Neutral", weight: 0 },
      { name: "Minor", weight: 1 },
      { name: "Major", weight: 5 },
      { name: "Critical", weight: 25 },
    ]);
  });

  it("is plain JSON data", () => {
    expect(JSON.parse(JSON.stringify(DEFAULT_TYPOLOGY))).toEqual(DEFAULT_TYPOLOGY);
  });
});
