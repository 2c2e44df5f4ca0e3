import { describe, expect, it } from "vitest";
import { goldenRulesEn, scoreGoldenRules } from "./fixtures/golden-rules";
import { splitSentences } from "./index";

const split = (text: string) => splitSentences(text, "en").map((s) => text.slice(s.start, s.end));

describe("English Golden Rules", () => {
  it("passes all 48", () => {
    const score = scoreGoldenRules(split);
    expect(score.total).toBe(48);
    expect(score.passed).toBe(48);
  });

  it.each(goldenRulesEn.map((rule, i) => [i + 1, rule] as const))("rule %i", (_, rule) => {
    expect(split(rule.text)).toEqual(rule.expected);
  });
});
