import { beforeAll, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/permissions";
import { createTestActor } from "../../../tests/factories";
import { propose } from "../../../tests/permission-fixtures";
import { importRaceDocument } from "../../../tests/race-fixtures";
import { splitSegment } from "@/lib/server/segments/split-segment";
import { bulkApprove } from "./bulk-approve";

const ROUNDS = 20;

let editor: Actor, first: Actor, second: Actor, admin: Actor;
beforeAll(async () => {
  [editor, first, second, admin] = await Promise.all([createTestActor("editor"), createTestActor("reviewer"), createTestActor("reviewer"), createTestActor("admin")]);
});

test(`two overlapping bulk approvals at once: both succeed, each proposal is approved exactly once, ${ROUNDS} rounds`, { timeout: 300_000 }, async () => {
  for (let round = 0; round < ROUNDS; round++) {
    const { segments } = await importRaceDocument("Bulk race", admin);
    const proposals = await Promise.all(segments.slice(1, 10).map((segment) => propose(editor, segment.id, `${segment.mtText} [edited]`)));
    const ids = proposals.map((proposal) => proposal.proposalId).sort((x, y) => x - y);
    // p1..p6 and p4..p9, the second listed backwards: the locks must not depend on the order a reviewer ticked.
    const [mine, theirs] = [ids.slice(0, 6), ids.slice(3).reverse()];
    const [a, b] = await Promise.all([bulkApprove({ actor: first, proposalIds: mine }), bulkApprove({ actor: second, proposalIds: theirs })]);

    expect(a.approved + a.alreadyDecided.length).toBe(mine.length);
    expect(b.approved + b.alreadyDecided.length).toBe(theirs.length);
    expect(a.approved + b.approved).toBe(ids.length);
    const reviews = await getDb().review.findMany({ where: { proposalId: { in: ids } }, select: { proposalId: true, reviewerId: true, decision: true } });
    expect(reviews.map((review) => review.proposalId).sort((x, y) => x - y)).toEqual(ids);
    expect(reviews.every((review) => review.decision === "approve")).toBe(true);
    const approvedBy = new Map(reviews.map((review) => [review.proposalId, review.reviewerId]));
    // What each reviewer is told was decided by someone else was indeed approved by the other reviewer.
    for (const [report, other] of [[a, second], [b, first]] as const) {
      for (const decided of report.alreadyDecided) {
        expect(decided).toMatchObject({ state: "approved", by: other.name });
        expect(approvedBy.get(decided.proposalId)).toBe(other.id);
      }
    }
    const states = await getDb().proposal.findMany({ where: { id: { in: ids } }, select: { state: true } });
    expect(states.every((proposal) => proposal.state === "approved")).toBe(true);
  }
});

test(`a split renumbering the segments a bulk approval is approving: both succeed, ${ROUNDS} rounds`, { timeout: 300_000 }, async () => {
  for (let round = 0; round < ROUNDS; round++) {
    const { id, segments } = await importRaceDocument("Bulk and split race", admin);
    const proposals = await Promise.all(segments.slice(2, 10).map((segment) => propose(editor, segment.id, `${segment.mtText} [edited]`)));
    const ids = proposals.map((proposal) => proposal.proposalId);
    const before = segments[1];
    const [approval] = await Promise.all([
      bulkApprove({ actor: first, proposalIds: ids }),
      splitSegment({ actor: editor, segmentId: before.id, version: before.version, at: before.mtText.indexOf(" ", before.mtText.length / 2) }),
    ]);
    expect(approval).toEqual({ approved: ids.length, replaced: 0, alreadyDecided: [] });
    const after = await getDb().segment.findMany({ where: { documentId: id }, orderBy: { order: "asc" }, select: { order: true, start: true, status: true } });
    expect(after.map((segment) => segment.order)).toEqual(after.map((_, i) => i + 1));
    expect(after.map((segment) => segment.start)).toEqual(after.map((segment) => segment.start).sort((x, y) => x - y));
    expect(after.filter((segment) => segment.status === "approved")).toHaveLength(ids.length);
  }
});
