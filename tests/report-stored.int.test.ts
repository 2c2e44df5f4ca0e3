import { beforeAll, describe, expect, inject, test } from "vitest";
import cases from "../lib/metrics/fixtures/sacrebleu-cases.json";
import { backfillSegmentFigures } from "../lib/database/backfill-figures";
import { getDb } from "../lib/db";
import { DEFAULT_TYPOLOGY } from "../lib/metrics/typology";
import { createAnnotation } from "../lib/server/annotations/create-annotation";
import { resolveAnnotation } from "../lib/server/annotations/resolve-annotation";
import type { Actor } from "../lib/server/auth/permissions";
import { exportBackup } from "../lib/server/backup/export-backup";
import { importBackup } from "../lib/server/backup/import-backup";
import { importDocument } from "../lib/server/documents/import-document";
import { submitProposal } from "../lib/server/proposals/submit-proposal";
import { computeReport } from "../lib/server/report/compute-report";
import { getReport } from "../lib/server/report/get-report";
import { approveProposal } from "../lib/server/reviews/approve-proposal";
import { bulkApprove } from "../lib/server/reviews/bulk-approve";
import { editAndApprove } from "../lib/server/reviews/edit-and-approve";
import { rejectProposal } from "../lib/server/reviews/reject-proposal";
import { recordSegmentTime } from "../lib/server/segments/record-time";
import { createTestActor, uniqueTitle } from "./factories";
import { loadReportSegments } from "./load-report-segments";

// Stored figures are summed in another order than the reference adds them: equal to 9 decimals, not bit for bit.
function rounded<T>(value: T): T {
  if (typeof value === "number") return (Math.round(value * 1e9) / 1e9) as T;
  if (Array.isArray(value)) return value.map(rounded) as T;
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)])) as T;
  return value;
}

/** The stored path (getReport) against the reference: computeReport over the texts, as the report used to recompute them. */
async function expectStoredEqualsComputed(actor: Actor, documentId: number) {
  const view = (await getReport({ actor, documentId }))!;
  const users = await getDb().user.findMany({ select: { id: true, name: true }, where: { id: { in: view.report.editors.map((e) => e.userId) } } });
  const { segments, ...reference } = computeReport(await loadReportSegments(documentId), DEFAULT_TYPOLOGY, new Map(users.map((u) => [u.id, u.name])));
  expect(rounded(view.report)).toEqual(rounded(reference));
  expect(rounded(view.segments.rows)).toEqual(rounded(segments.slice(0, 200)));
  return view;
}

async function propose(editor: Actor, segmentId: number, text: string, checkOverrideReason?: string) {
  const { version } = await getDb().segment.findUniqueOrThrow({ where: { id: segmentId }, select: { version: true } });
  return (await submitProposal({ actor: editor, segmentId, text, expectedVersion: version, checkOverrideReason })).proposalId;
}

const TEXT = "Talks in Geneva\n\nThe meeting borrowed an hour and a half. I suggested alliance to stop expansion. We don't intend to attack, attack or interfere.\n\nThese include Bulgaria and Romania. \" Sergey Lavrov spoke. Blinken did not.\n";

describe("the report's stored figures", () => {
  let admin: Actor, editor: Actor, reviewer: Actor, other: Actor;
  let documentId: number;

  beforeAll(async () => {
    [admin, editor, reviewer, other] = await Promise.all([createTestActor("admin"), createTestActor("editor"), createTestActor("reviewer"), createTestActor("editor", "reviewer")]);
    ({ id: documentId } = await importDocument({ actor: admin, bytes: new TextEncoder().encode(TEXT), input: { title: uniqueTitle("Stored figures") } }));
    const [, meeting, alliance, attack, bulgaria, lavrov, blinken] = await getDb().segment.findMany({ where: { documentId }, orderBy: { order: "asc" } });
    await approveProposal({ actor: reviewer, proposalId: await propose(editor, meeting.id, "The meeting lasted an hour and a half.") });
    // Rejected, then proposed again and edited in review.
    await rejectProposal({ actor: reviewer, proposalId: await propose(editor, alliance.id, "I suggested the alliance stop expansion."), reason: "Wrong pronoun." });
    await editAndApprove({ actor: other, proposalId: await propose(editor, alliance.id, "It suggested the alliance stop expanding."), text: "It proposed that the alliance stop expanding." });
    // Approved, then a newer proposal waits: the approved text still counts.
    await approveProposal({ actor: reviewer, proposalId: await propose(editor, attack.id, "We don't intend to attack or interfere.") });
    await propose(other, attack.id, "We do not intend to attack or interfere.");
    await bulkApprove({ actor: reviewer, proposalIds: [await propose(editor, bulgaria.id, 'These include Bulgaria and Romania."', "The quotation opens in the paragraph before."), await propose(editor, lavrov.id, "Sergei Lavrov spoke.")] });
    await rejectProposal({ actor: reviewer, proposalId: await propose(editor, blinken.id, "Blinken didn't."), reason: "Keep it formal." });
    const flag = (segment: typeof meeting, span: string, category: string, subcategory: string, severity: string) => {
      const start = segment.mtText.indexOf(span);
      return createAnnotation({ actor: reviewer, segmentId: segment.id, fields: { start, end: start + span.length, category, subcategory, severity } });
    };
    await flag(meeting, "borrowed", "Accuracy", "Mistranslation", "Major");
    await flag(bulgaria, '"', "Fluency", "Punctuation", "Minor");
    await flag(lavrov, "Sergey", "Terminology", "Inconsistent use", "Minor");
    await resolveAnnotation({ actor: reviewer, annotationId: (await flag(attack, "attack,", "Fluency", "Grammar", "Critical")).id, state: "dismissed" });
    await resolveAnnotation({ actor: other, annotationId: (await flag(alliance, "I", "Accuracy", "Mistranslation", "Minor")).id, state: "resolved" });
    await recordSegmentTime({ actor: editor, segmentId: meeting.id, activeMs: 40_000 });
    await recordSegmentTime({ actor: editor, segmentId: blinken.id, activeMs: 12_000 });
    await recordSegmentTime({ actor: reviewer, segmentId: alliance.id, activeMs: 9_000 });
  });

  test("equal the figures computed from the texts: approvals, edits in review, rejections, waiting proposals, flags and time", async () => {
    const { report } = await expectStoredEqualsComputed(admin, documentId);
    expect(report).toMatchObject({ scored: 5, progress: { total: 7, approved: 4, proposed: 1, rejected: 1, untouched: 1 } });
  });

  test("are filled again by the backfill when missing, and a second backfill changes nothing", async () => {
    const before = await getReport({ actor: admin, documentId });
    await getDb().$executeRaw`UPDATE "Segment" SET "mtWords" = NULL, "terEdits" = NULL, "terRefLength" = NULL, "chrfStat1" = NULL, "chrfStat18" = NULL, hter = NULL, chrf = NULL WHERE "documentId" = ${documentId}`;
    expect(await backfillSegmentFigures(inject("databaseUrl"))).toBeGreaterThanOrEqual(7);
    await backfillSegmentFigures(inject("databaseUrl"));
    expect(await getReport({ actor: admin, documentId })).toEqual(before);
    await expectStoredEqualsComputed(admin, documentId);
  });

  test("are computed again when a backup is restored", async () => {
    const json = await exportBackup({ actor: admin, documentId });
    const { id } = await importBackup({ actor: admin, json });
    const [original, restored] = [(await getReport({ actor: admin, documentId }))!, (await getReport({ actor: admin, documentId: id }))!];
    expect(restored.report).toEqual({ ...original.report, editors: expect.any(Array) });
    expect(restored.segments.rows.map(({ id: _, ...row }) => row)).toEqual(original.segments.rows.map(({ id: _, ...row }) => row));
    await expectStoredEqualsComputed(admin, id);
  });
});

type Case = { hypotheses: string[]; references: string[]; score: number; tolerance: number };

describe("sacrebleu's own test cases through approvals", () => {
  // A proposal is trimmed and never empty, so cases with an empty or padded reference cannot be approved texts.
  const usable = (c: Case) => c.references.every((ref) => ref.trim() === ref && ref !== "");
  const all = [...(cases.ter as Case[]).map((c) => ["TER", c] as const), ...(cases.chrf as Case[]).map((c) => ["chrF", c] as const)].filter(([, c]) => usable(c));

  test.each(all.map(([metric, c], i) => [metric, i, c] as const))("%s case %i: the stored corpus score equals sacrebleu's", async (metric, _, c) => {
    const [admin, editor, reviewer] = await Promise.all([createTestActor("admin"), createTestActor("editor"), createTestActor("reviewer")]);
    const text = c.hypotheses.map((_, i) => `Line ${i + 1}.`).join("\n\n") + "\n";
    const { id } = await importDocument({ actor: admin, bytes: new TextEncoder().encode(text), input: { title: uniqueTitle("sacrebleu case") } });
    const segments = await getDb().segment.findMany({ where: { documentId: id }, orderBy: { order: "asc" } });
    expect(segments).toHaveLength(c.hypotheses.length);
    for (const [i, segment] of segments.entries()) {
      // The MT as the case gives it, written in place of the imported line: imports segment and trim, cases need not be sentences.
      await getDb().segment.update({ where: { id: segment.id }, data: { mtText: c.hypotheses[i] } });
      await approveProposal({ actor: reviewer, proposalId: await propose(editor, segment.id, c.references[i]) });
    }
    const { report } = (await getReport({ actor: admin, documentId: id }))!;
    expect(Math.abs((metric === "TER" ? report.hter : report.chrf)! - c.score)).toBeLessThanOrEqual(c.tolerance);
  });
});
