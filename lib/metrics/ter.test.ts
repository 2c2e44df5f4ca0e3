import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { corpusHter, corpusTer, hter, ter, terStats, tokenizeForTer } from "./ter";

describe("terStats / ter", () => {
  it("scores identical strings 0", () => {
    expect(terStats("The meeting lasted an hour.", "The meeting lasted an hour.")).toEqual({ edits: 0, refLength: 5 });
    expect(ter("a b c", "a b c")).toBe(0);
  });

  it("follows sacrebleu on empty sides", () => {
    expect(terStats("", "a b")).toEqual({ edits: 2, refLength: 2 });
    expect(ter("", "a b")).toBe(100);
    expect(terStats("a b c", "")).toEqual({ edits: 3, refLength: 0 });
    expect(ter("a b c", "")).toBe(100);
    expect(ter("", "")).toBe(0);
    expect(ter("  \t", " \n ")).toBe(0);
  });

  it("counts a block shift as one edit", () => {
    expect(terStats("d e f g h a b c", "a b c d e f g h")).toEqual({ edits: 1, refLength: 8 });
    expect(terStats("in the Hotel President the meeting lasted", "the meeting lasted in the Hotel President")).toEqual({
      edits: 1,
      refLength: 7,
    });
  });

  it("mixes shifts with substitutions, insertions and deletions", () => {
    // Shift "to the east" (1), substitute "borrowed" (1), delete "attack" (1).
    expect(
      terStats("the meeting borrowed to the east an hour attack and a half", "the meeting lasted an hour and a half to the east"),
    ).toEqual({ edits: 3, refLength: 11 });
  });

  it("is case-insensitive by default, like sacrebleu", () => {
    expect(ter("THE Meeting", "the meeting")).toBe(0);
    expect(ter("THE Meeting", "the meeting", { caseSensitive: true })).toBe(100);
    expect(tokenizeForTer("İstanbul ΟΔΟΣ")).toEqual(["i̇stanbul", "οδος"]);
  });

  it("splits words on Python's whitespace, punctuation stays attached", () => {
    expect(tokenizeForTer("said, \u00a0Blinken.\u3000x\x1cy \ufeff")).toEqual(["said,", "blinken.", "x", "y", "\ufeff"]);
  });

  it("finishes a shuffled 100-word sentence within the edit bounds", () => {
    const words = Array.from({ length: 100 }, (_, i) => `w${i % 37}`);
    const shuffled = words.map((_, i) => words[(i * 37) % 100]);
    const { edits, refLength } = terStats(shuffled.join(" "), words.join(" "));
    expect(refLength).toBe(100);
    expect(edits).toBeGreaterThan(0);
    expect(edits).toBeLessThanOrEqual(100);
  });
});

describe("corpus TER and HTER", () => {
  it("divides total edits by total reference words", () => {
    const pairs = [
      { hyp: "a b c d", ref: "a b c d" },
      { hyp: "x", ref: "y z" },
    ];
    expect(corpusTer(pairs)).toBeCloseTo((100 * 2) / 6, 10);
    expect(corpusTer([])).toBe(0);
  });

  it("takes the MT as hypothesis and the post-edit as reference", () => {
    expect(hter("Blinken told", "Blinken said so")).toBeCloseTo((100 * 2) / 3, 10);
    expect(hter("Blinken said so", "Blinken told")).toBe(100);
    expect(corpusHter([{ mt: "a b", pe: "a c" }, { mt: "x y", pe: "x y" }])).toBe(25);
  });

  it("has the properties of a distance", () => {
    const sentence = fc.array(fc.constantFrom("a", "b", "c", "D", "e"), { maxLength: 20 }).map((w) => w.join(" "));
    fc.assert(
      fc.property(sentence, sentence, (hyp, ref) => {
        const { edits, refLength } = terStats(hyp, ref);
        const hypLength = tokenizeForTer(hyp).length;
        expect(terStats(ref, ref).edits).toBe(0);
        // Shifts keep the length, so the length difference takes insertions or deletions.
        expect(edits).toBeGreaterThanOrEqual(Math.abs(hypLength - refLength));
        expect(edits).toBeLessThanOrEqual(Math.max(hypLength, refLength));
      }),
    );
  });
});
