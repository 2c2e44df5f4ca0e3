import { describe, expect, test } from "vitest";
import { chrf, corpusChrf } from "@/lib/metrics/chrf";
import { DEFAULT_TYPOLOGY } from "@/lib/metrics/typology";
import { computeReport, progressOf } from "./compute-report";
import type { ReportSegmentInput } from "./types";

const EDITOR = "editor-1";
const REVIEWER = "reviewer-1";
const names = new Map([[EDITOR, "Erin Editor"], [REVIEWER, "Rui Reviewer"]]);

function segment(fields: Partial<ReportSegmentInput> & Pick<ReportSegmentInput, "id" | "mt">): ReportSegmentInput {
  return { order: fields.id, status: "new", approved: null, proposalAuthorIds: [], annotations: [], time: [], ...fields };
}

// Word counts of the MT: 8, 8, 6 and 2, so 24 in all.
const inputs: ReportSegmentInput[] = [
  segment({
    id: 1,
    mt: "The meeting borrowed an hour and a half",
    status: "approved",
    approved: { text: "The meeting lasted an hour and a half", authorId: EDITOR },
    proposalAuthorIds: [EDITOR],
    annotations: [{ category: "Accuracy", subcategory: "Mistranslation", severity: "Major", state: "open" }],
    time: [{ userId: EDITOR, activeMs: 60_000 }],
  }),
  segment({
    id: 2,
    mt: "We don't intend to attack, attack or interfere",
    status: "approved",
    approved: { text: "We don't intend to attack or interfere", authorId: EDITOR },
    proposalAuthorIds: [EDITOR],
    annotations: [
      { category: "Style", subcategory: "Awkward", severity: "Minor", state: "resolved" },
      { category: "Fluency", subcategory: "Grammar", severity: "Critical", state: "dismissed" },
    ],
    time: [{ userId: REVIEWER, activeMs: 10_000 }],
  }),
  segment({ id: 3, mt: 'These include Bulgaria and Romania. "', annotations: [{ category: "Fluency", subcategory: "Punctuation", severity: "Minor", state: "open" }] }),
  segment({ id: 4, mt: "Lavrov spoke.", status: "proposed", proposalAuthorIds: [EDITOR], time: [{ userId: EDITOR, activeMs: 30_000 }] }),
];

describe("computeReport", () => {
  const report = computeReport(inputs, DEFAULT_TYPOLOGY, names);

  test("HTER is edits over approved words: one substitution in 8, one deletion in 7, 2 in 15 for the document", () => {
    expect(report.segments.map((s) => s.hter)).toEqual([12.5, 100 / 7, null, null]);
    expect(report.hter).toBeCloseTo((100 * 2) / 15, 10);
  });

  test("chrF compares the MT with the approved text, per segment and as one corpus score", () => {
    const pairs = inputs.slice(0, 2).map((s) => ({ hyp: s.mt, ref: s.approved!.text }));
    expect(report.segments[0].chrf).toBeCloseTo(chrf(pairs[0].hyp, pairs[0].ref), 10);
    expect(report.chrf).toBeCloseTo(corpusChrf(pairs), 10);
    expect(report.chrf).toBeGreaterThan(0);
    expect(report.chrf).toBeLessThan(100);
  });

  test("MQM counts open and resolved flags, not dismissed ones: 5 + 1 + 0.1 in the document's 24 MT words", () => {
    expect(report.segments.map((s) => s.penalty)).toEqual([5, 1, 0.1, 0]);
    expect(report.mqm.penalty).toBeCloseTo(6.1, 10);
    expect(report.mqm.wordCount).toBe(24);
    expect(report.mqm).toMatchObject({ counted: 3, dismissed: 1 });
  });

  test("the MQM score is over the approved segments only: 5 + 1 over their 16 MT words, and per 1,000 words", () => {
    expect(report.mqm.reviewed).toEqual({ segments: 2, words: 16, penalty: 6, flags: 2 });
    expect(report.mqm.score).toBeCloseTo(100 * (1 - 6 / 16), 10);
    expect(report.mqm.perThousandWords).toBeCloseTo(375, 10);
  });

  test("errors by category and severity follow the typology; the costliest kinds come first", () => {
    expect(report.byCategory.slice(0, 4)).toEqual([
      { name: "Accuracy", count: 1, penalty: 5 },
      { name: "Fluency", count: 1, penalty: 0.1 },
      { name: "Terminology", count: 0, penalty: 0 },
      { name: "Style", count: 1, penalty: 1 },
    ]);
    expect(report.bySeverity).toEqual([
      { name: "Neutral", count: 0, penalty: 0 },
      { name: "Minor", count: 2, penalty: 1.1 },
      { name: "Major", count: 1, penalty: 5 },
      { name: "Critical", count: 0, penalty: 0 },
    ]);
    expect(report.costliest.map((t) => t.name)).toEqual(["Accuracy / Mistranslation", "Style / Awkward", "Fluency / Punctuation"]);
  });

  test("time per segment, and per person: segments, MT words touched and active time per word", () => {
    expect(report.segments.map((s) => s.activeMs)).toEqual([60_000, 10_000, 0, 30_000]);
    expect(report.editors).toEqual([
      { userId: EDITOR, name: "Erin Editor", proposed: 3, approved: 2, words: 18, activeMs: 90_000, msPerWord: 5_000 },
      { userId: REVIEWER, name: "Rui Reviewer", proposed: 0, approved: 0, words: 8, activeMs: 10_000, msPerWord: 1_250 },
    ]);
  });

  test("progress counts each segment once, by its status; a document with nothing approved has no score and no HTER", () => {
    expect(report.progress).toEqual({ total: 4, approved: 2, confirmed: 0, proposed: 1, rejected: 0, untouched: 1 });
    expect(progressOf([{ status: "rejected" }, { status: "new" }])).toEqual({ total: 2, approved: 0, confirmed: 0, proposed: 0, rejected: 1, untouched: 1 });
    expect(progressOf([{ status: "confirmed" }, { status: "new" }])).toEqual({ total: 2, approved: 0, confirmed: 1, proposed: 0, rejected: 0, untouched: 1 });
    const empty = computeReport([], DEFAULT_TYPOLOGY, names);
    expect(empty).toMatchObject({ hter: null, chrf: null, mqm: { penalty: 0, wordCount: 0, score: null, perThousandWords: null } });
    const unreviewed = computeReport(inputs.slice(2), DEFAULT_TYPOLOGY, names);
    expect(unreviewed.mqm).toMatchObject({ penalty: 0.1, wordCount: 8, reviewed: { words: 0, penalty: 0, flags: 0 }, score: null });
  });
});
