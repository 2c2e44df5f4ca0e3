import { describe, expect, it } from "vitest";
import { chrf, chrfFromStats, chrfStats, corpusChrf, sumChrfStats } from "./chrf";

describe("chrf", () => {
  it("scores identical strings 100 and disjoint ones 0", () => {
    expect(chrf("Sergei Lavrov", "Sergei Lavrov")).toBe(100);
    expect(chrf("abc", "xyz")).toBe(0);
  });

  it("scores 0 when either side is empty", () => {
    expect(chrf("", "reference")).toBe(0);
    expect(chrf("hypothesis", "")).toBe(0);
    expect(chrf("", "")).toBe(0);
  });

  it("ignores whitespace, Python's set of it", () => {
    expect(chrf("a b c", "abc")).toBe(100);
    expect(chrf("Hotel\u00a0President\u3000", " HotelPresident")).toBe(100);
  });

  it("is case-sensitive, like sacrebleu's default", () => {
    expect(chrf("Geneva", "geneva")).toBeLessThan(100);
  });

  it("averages only the orders both sides have (effective order)", () => {
    // Orders 1 and 2 only: unigrams P = R = 1/2, bigrams P = R = 0.
    expect(chrf("aa", "ab")).toBeCloseTo(25, 10);
  });

  it("counts n-grams of code points, not UTF-16 units", () => {
    expect(chrfStats("😀", "😀").slice(0, 6)).toEqual([1, 1, 1, 0, 0, 0]);
  });

  it("sums statistics over segments before the F-score", () => {
    const pairs = [
      { hyp: "a", ref: "a" },
      { hyp: "b", ref: "c" },
    ];
    expect(corpusChrf(pairs)).toBe(50);
    expect(chrfFromStats(sumChrfStats(pairs.map((p) => chrfStats(p.hyp, p.ref))))).toBe(50);
    expect(corpusChrf([])).toBe(0);
  });
});
