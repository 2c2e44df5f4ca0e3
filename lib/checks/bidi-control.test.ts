import { describe, expect, it } from "vitest";
import { CHECKS, runChecks } from "./index";
import { findings } from "./run-one.test-helper";

const RLO = "\u202E";
const PDF = "\u202C";

describe("bidi-control", () => {
  it("reports a right-to-left override in an English sentence as an error, with the text it reverses", () => {
    const found = findings("bidi-control", [`He said ${RLO}yes${PDF} twice.`, `The rate rose to \u202D16%.`]);
    expect(found.map((f) => [f.segment, f.text, f.severity])).toEqual([
      [1, `${RLO}yes${PDF}`, "error"],
      [2, "\u202D16%.", "error"],
    ]);
    expect(found[0].message).toBe('An invisible U+202E (right-to-left override) makes "yes" display reversed; delete it.');
    expect(found[0].category).toEqual({ category: "Fluency", subcategory: "Character encoding" });
  });

  it("reports embeddings, isolates and stray marks in a left-to-right sentence as warnings", () => {
    const found = findings("bidi-control", ["The \u2067summit\u2069 ended.", "Talks \u202Bin Geneva\u202C ended.", "The talks\u200F ended.", "Talks\u200E ended."]);
    expect(found.map((f) => [f.segment, f.text, f.severity])).toEqual([
      [1, "\u2067summit\u2069", "warning"],
      [2, "\u202Bin Geneva\u202C", "warning"],
      [3, "\u200F", "warning"],
      [4, "\u200E", "warning"],
    ]);
  });

  it("leaves marks and isolates around right-to-left words alone, and clean sentences clean", () => {
    const clean = ["The sign read \u2067שלום\u2069 in Hebrew.", "He wrote مرحبا\u200E (hello).", "The president signed the decree on March 3.", "Prices rose by 5%."];
    expect(findings("bidi-control", clean)).toEqual([]);
    expect(findings("bidi-control", ["\u202Bمرحبا بكم\u202C"], { targetLanguage: "ar" })).toEqual([]);
    expect(findings("bidi-control", [`مرحبا ${RLO}بكم`], { targetLanguage: "ar" }).map((f) => f.severity)).toEqual(["error"]);
  });

  it("is one of the checks", () => {
    expect(CHECKS.map((check) => check.id)).toContain("bidi-control");
    const [finding] = runChecks({ segments: [{ target: `A ${RLO}b` }], targetLanguage: "en" });
    expect(finding).toMatchObject({ check: "bidi-control", severity: "error", start: 2, end: 4 });
  });
});
