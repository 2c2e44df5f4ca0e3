import { describe, expect, it } from "vitest";
import { corpusChrf } from "./chrf";
import cases from "./fixtures/sacrebleu-cases.json";
import { corpusTer } from "./ter";

type Case = { hypotheses: string[]; references: string[]; score: number; tolerance: number };

const pairsOf = (c: Case) => c.hypotheses.map((hyp, i) => ({ hyp, ref: c.references[i] }));

describe("sacrebleu's own test cases (corpus scores)", () => {
  it.each((cases.ter as Case[]).map((c, i) => [i, c] as const))("TER case %i", (_, c) => {
    expect(Math.abs(corpusTer(pairsOf(c)) - c.score)).toBeLessThanOrEqual(c.tolerance);
  });

  it.each((cases.chrf as Case[]).map((c, i) => [i, c] as const))("chrF case %i", (_, c) => {
    expect(Math.abs(corpusChrf(pairsOf(c)) - c.score)).toBeLessThanOrEqual(c.tolerance);
  });
});
