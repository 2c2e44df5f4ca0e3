import { describe, expect, it } from "vitest";
import { scoreMultilingual } from "./fixtures/golden-multilingual";
import { splitSentences } from "./index";

const split = (text: string, language: string) => splitSentences(text, language).map((s) => text.slice(s.start, s.end));

describe("pySBD's multilingual golden cases", () => {
  const scores = scoreMultilingual(split);

  it("covers 219 cases in 21 languages and passes at least 210", () => {
    expect(scores).toHaveLength(21);
    expect(scores.reduce((sum, s) => sum + s.total, 0)).toBe(219);
    const failed = scores.flatMap((s) => s.failed.map((f) => `${s.language} ${f.index}: ${f.text}`));
    expect(failed.length, failed.join("\n")).toBeLessThanOrEqual(9);
  });
});
