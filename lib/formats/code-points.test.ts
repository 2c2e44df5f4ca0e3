import { describe, expect, it } from "vitest";
import { codePointOffset } from "./code-points";

describe("codePointOffset", () => {
  it("counts a character outside the BMP once, as Python does", () => {
    const text = "a🎉b😀c";
    expect([0, 1, 3, 4, 6, 7].map((i) => codePointOffset(text, i))).toEqual([0, 1, 2, 3, 4, 5]);
    expect(codePointOffset("plain", 3)).toBe(3);
    expect(codePointOffset("ab", 10)).toBe(2);
  });
});
