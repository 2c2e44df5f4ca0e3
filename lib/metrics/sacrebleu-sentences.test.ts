import { describe, expect, it } from "vitest";
import { chrf } from "./chrf";
import generated from "./fixtures/sacrebleu-sentences.json";
import { terStats } from "./ter";

describe("sentence scores computed by sacrebleu itself", () => {
  it.each(generated.cases.map((c, i) => [i, c] as const))("case %i: same TER edits and chrF", (_, c) => {
    expect(terStats(c.hyp, c.ref)).toEqual({ edits: c.edits, refLength: c.refLength });
    expect(chrf(c.hyp, c.ref)).toBeCloseTo(c.chrf, 9);
  });
});
