import { describe, expect, test } from "vitest";
import { formatSentenceRanges, parseSentenceRanges } from "./sentence-ranges";

describe("parseSentenceRanges", () => {
  test("reads single numbers and ranges, with any dash and separator", () => {
    expect(parseSentenceRanges("3-7, 9; 12–14")).toEqual([{ from: 3, to: 7 }, { from: 9, to: 9 }, { from: 12, to: 14 }]);
  });
  test("an empty text means the whole document", () => {
    expect(parseSentenceRanges("  ")).toBeNull();
  });
  test("refuses what is no range", () => {
    expect(() => parseSentenceRanges("three")).toThrow("“three” is not a sentence number");
    expect(() => parseSentenceRanges("7-3")).toThrow("ends before it starts");
    expect(() => parseSentenceRanges("0-2")).toThrow("numbered from 1");
    expect(() => parseSentenceRanges("2,,4")).toThrow("is not a sentence number");
  });
});

describe("formatSentenceRanges", () => {
  test("joins runs of numbers", () => {
    expect(formatSentenceRanges([9, 3, 4, 5, 12, 7, 6])).toBe("3–7, 9, 12");
    expect(formatSentenceRanges([])).toBe("");
  });
});
