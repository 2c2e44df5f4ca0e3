import { describe, expect, test } from "vitest";
import { DEFAULT_TYPOLOGY, missingTypologyField } from "./typology";

describe("missingTypologyField", () => {
  test.each([
    [{ category: "Accuracy", subcategory: "Omission", severity: "Major" }, null],
    [{ category: "Other", subcategory: null, severity: "Neutral" }, null],
    [{ category: "Astrology", severity: "Minor" }, "category"],
    [{ category: "Accuracy", subcategory: "Grammar", severity: "Minor" }, "subcategory"],
    [{ category: "Fluency", subcategory: "Grammar", severity: "Apocalyptic" }, "severity"],
  ])("%o lacks %s", (annotation, field) => {
    expect(missingTypologyField(DEFAULT_TYPOLOGY, annotation)).toBe(field);
  });
});
