// The report's per-person figures read in SQL against the reference computed from the texts, in the cases where rows meet.
import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "../lib/db";
import { DEFAULT_TYPOLOGY } from "../lib/metrics/typology";
import type { Actor } from "../lib/server/auth/permissions";
import { importDocument } from "../lib/server/documents/import-document";
import { submitProposal } from "../lib/server/proposals/submit-proposal";
import { computeReport } from "../lib/server/report/compute-report";
import { getReport } from "../lib/server/report/get-report";
import { approveProposal } from "../lib/server/reviews/approve-proposal";
import { recordSegmentTime } from "../lib/server/segments/record-time";
import { createTestActor, uniqueTitle } from "./factories";
import { loadReportSegments } from "./load-report-segments";

async function propose(editor: Actor, segmentId: number, text: string) {
  const { version } = await getDb().segment.findUniqueOrThrow({ where: { id: segmentId }, select: { version: true } });
  return (await submitProposal({ actor: editor, segmentId, text, expectedVersion: version })).proposalId;
}

describe("the report's editor figures", () => {
  let admin: Actor, editor: Actor, newcomer: Actor, reviewer: Actor;
  let documentId: number;

  beforeAll(async () => {
    [admin, editor, newcomer, reviewer] = await Promise.all([createTestActor("admin"), createTestActor("editor"), createTestActor("editor"), createTestActor("reviewer")]);
    const text = "The first sentence is here. The second one follows. A third closes it.\n";
    ({ id: documentId } = await importDocument({ actor: admin, bytes: new TextEncoder().encode(text), input: { title: uniqueTitle("Editor figures") } }));
    const [first, second, third] = await getDb().segment.findMany({ where: { documentId }, orderBy: { order: "asc" } });
    // Two proposals by one person on one segment, the second approved: one segment proposed for, one approval.
    await propose(editor, first.id, "The first sentence is there.");
    await approveProposal({ actor: reviewer, proposalId: await propose(editor, first.id, "The first sentence stands here.") });
    // Someone whose only work is a proposal waiting on a segment without approved text; a reviewer who only spent time there.
    await propose(newcomer, second.id, "The second sentence follows.");
    await recordSegmentTime({ actor: reviewer, segmentId: second.id, activeMs: 5_000 });
    // Time without a proposal, on a segment the same person proposed for and on one they did not.
    await recordSegmentTime({ actor: editor, segmentId: first.id, activeMs: 7_000 });
    await recordSegmentTime({ actor: editor, segmentId: third.id, activeMs: 3_000 });
  });

  test("equal the figures computed from the texts, each segment counted once per person", async () => {
    const view = (await getReport({ actor: admin, documentId }))!;
    const users = await getDb().user.findMany({ select: { id: true, name: true }, where: { id: { in: [editor.id, newcomer.id, reviewer.id] } } });
    const reference = computeReport(await loadReportSegments(documentId), DEFAULT_TYPOLOGY, new Map(users.map((u) => [u.id, u.name])));
    expect(view.report.editors).toEqual(reference.editors);
    const byId = new Map(view.report.editors.map((figures) => [figures.userId, figures]));
    expect(byId.get(editor.id)).toMatchObject({ proposed: 1, approved: 1, activeMs: 10_000 });
    expect(byId.get(newcomer.id)).toMatchObject({ proposed: 1, approved: 0, activeMs: 0, msPerWord: null });
    expect(byId.get(reviewer.id)).toMatchObject({ proposed: 0, approved: 0, activeMs: 5_000 });
  });
});
