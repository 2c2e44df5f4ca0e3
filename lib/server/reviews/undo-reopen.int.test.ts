import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/permissions";
import { createTestActor } from "../../../tests/factories";
import { flag, importSample, propose } from "../../../tests/permission-fixtures";
import { importRaceDocument } from "../../../tests/race-fixtures";
import { confirmMt } from "@/lib/server/proposals/confirm-mt";
import { readCorpusFigures } from "@/lib/server/report/read-corpus-figures";
import { submitProposal } from "@/lib/server/proposals/submit-proposal";
import { approveProposal } from "./approve-proposal";
import { editAndApprove } from "./edit-and-approve";
import { rejectProposal } from "./reject-proposal";
import { reopenSegment } from "./reopen-segment";
import { undoApproval } from "./undo-approval";

const ROUNDS = 15;
let editor: Actor, second: Actor, reviewer: Actor, other: Actor, admin: Actor;
beforeAll(async () => {
  [editor, second, reviewer, other, admin] = await Promise.all([
    createTestActor("editor"), createTestActor("editor"), createTestActor("reviewer"), createTestActor("reviewer"), createTestActor("admin"),
  ]);
});

/** The segment row without its version and timestamp, report figures included, and the proposals' and flags' states. */
async function stateOf(segmentId: number) {
  const db = getDb();
  const { version: _version, updatedAt: _updatedAt, ...segment } = await db.segment.findUniqueOrThrow({ where: { id: segmentId } });
  const proposals = await db.proposal.findMany({ where: { segmentId }, orderBy: { id: "asc" }, select: { id: true, state: true, text: true, reviews: { select: { id: true } } } });
  const flags = await db.annotation.findMany({ where: { segmentId }, orderBy: { id: "asc" }, select: { id: true, state: true, resolvedById: true, resolutionNote: true } });
  return { segment, proposals, flags };
}

describe("undoApproval", () => {
  test("puts back the segment exactly as it was, report figures and resolved flags included, and is audited", async () => {
    const { segments } = await importSample("Undo exact");
    const segment = segments[1];
    const first = await propose(editor, segment.id, "The meeting lasted an hour and a half and took place in the Hotel President.");
    await approveProposal({ actor: reviewer, proposalId: first.proposalId });
    // A second round: an approved text, a new proposal and an open flag, so there is something to restore.
    await flag(editor, segment.id, "still literal");
    const next = await propose(second, segment.id, "The meeting lasted ninety minutes in the Hotel President.");
    const before = await stateOf(segment.id);
    expect(before.segment.terEdits).not.toBeNull();

    await approveProposal({ actor: reviewer, proposalId: next.proposalId, resolveFlags: true });
    const approved = await stateOf(segment.id);
    expect(approved.segment.approvedProposalId).toBe(next.proposalId);
    expect(approved.flags.every((annotation) => annotation.state === "resolved")).toBe(true);
    expect(approved.segment.hter).not.toBe(before.segment.hter);

    await expect(undoApproval({ actor: other, proposalId: next.proposalId })).rejects.toMatchObject({ code: "forbidden" });
    await undoApproval({ actor: reviewer, proposalId: next.proposalId });
    expect(await stateOf(segment.id)).toEqual(before);
    const events = await getDb().auditEvent.findMany({ where: { segmentId: segment.id, action: "proposal.undo-approve" } });
    expect(events).toHaveLength(1);
    expect(events[0].actorId).toBe(reviewer.id);
  });

  test("an edit-and-approve undone removes the reviewer's text and reopens the editor's", async () => {
    const { segments } = await importSample("Undo edit");
    const segment = segments[1];
    const { proposalId } = await propose(editor, segment.id, "The meeting lasted an hour and a half.");
    const before = await stateOf(segment.id);
    const edited = await editAndApprove({ actor: reviewer, proposalId, text: "The meeting lasted ninety minutes." });
    await undoApproval({ actor: reviewer, proposalId: edited.proposalId });
    expect(await stateOf(segment.id)).toEqual(before);
  });
});

describe("reopenSegment", () => {
  test("withdraws an approval: the proposal waits for review again and the sentence has no HTER", async () => {
    const { segments } = await importSample("Reopen");
    const segment = segments[1];
    const { proposalId } = await propose(editor, segment.id, "The meeting lasted an hour and a half.");
    await approveProposal({ actor: reviewer, proposalId });
    await reopenSegment({ actor: other, segmentId: segment.id });
    const after = await stateOf(segment.id);
    expect(after.segment).toMatchObject({ status: "proposed", approvedProposalId: null, hter: null, terEdits: null });
    expect(after.proposals.map((proposal) => proposal.state)).toEqual(["open"]);
    await expect(reopenSegment({ actor: other, segmentId: segment.id })).rejects.toMatchObject({ code: "conflict" });
    expect(await getDb().auditEvent.count({ where: { segmentId: segment.id, action: "segment.reopen", actorId: other.id } })).toBe(1);
  });

  test("after a later proposal was rejected, the reopened approval is the sentence's latest proposal, not the rejected text", async () => {
    const { segments } = await importSample("Reopen after a rejection");
    const segment = segments[1];
    const approved = await propose(editor, segment.id, "The meeting lasted an hour and a half.");
    await approveProposal({ actor: reviewer, proposalId: approved.proposalId });
    const later = await propose(second, segment.id, "The meeting borrowed ninety minutes.");
    await rejectProposal({ actor: reviewer, proposalId: later.proposalId, reason: "Meaning changed or lost" });
    await reopenSegment({ actor: other, segmentId: segment.id });
    expect((await stateOf(segment.id)).segment).toMatchObject({ status: "proposed", approvedProposalId: null, currentProposalId: approved.proposalId });
  });
});

test(`an undo racing with another reviewer's decision on the sentence: one of them wins cleanly, ${ROUNDS} rounds`, { timeout: 300_000 }, async () => {
  for (let round = 0; round < ROUNDS; round++) {
    const { segments } = await importRaceDocument("Undo race", admin);
    const segment = segments[round % 8 + 1];
    const mine = await propose(editor, segment.id, `${segment.mtText} [first]`);
    const theirs = await propose(second, segment.id, `${segment.mtText} [second]`);
    const before = await stateOf(segment.id);
    await approveProposal({ actor: reviewer, proposalId: mine.proposalId });
    const [undo, reject] = await Promise.allSettled([
      undoApproval({ actor: reviewer, proposalId: mine.proposalId }),
      rejectProposal({ actor: other, proposalId: theirs.proposalId, reason: "Unnecessary change" }),
    ]);
    expect(reject.status).toBe("fulfilled");
    const after = await stateOf(segment.id);
    const theirState = after.proposals.find((proposal) => proposal.id === theirs.proposalId)!.state;
    expect(theirState).toBe("rejected");
    if (undo.status === "fulfilled") {
      // Undone first: the approval is gone as if never made, then the rejection applied on top.
      expect(after.segment.approvedProposalId).toBe(before.segment.approvedProposalId);
      expect(after.proposals.find((proposal) => proposal.id === mine.proposalId)).toMatchObject({ state: "open", reviews: [] });
      expect(after.segment.status).toBe("proposed");
    } else {
      expect(undo.reason).toMatchObject({ code: "conflict" });
      expect(after.segment).toMatchObject({ approvedProposalId: mine.proposalId, status: "approved" });
    }
  }
});

test(`a reopen racing with an editor's save: nothing is lost and the approval is withdrawn, ${ROUNDS} rounds`, { timeout: 300_000 }, async () => {
  for (let round = 0; round < ROUNDS; round++) {
    const { segments } = await importRaceDocument("Reopen race", admin);
    const segment = segments[round % 8 + 1];
    const { proposalId } = await propose(editor, segment.id, `${segment.mtText} [approved]`);
    const { version } = await approveProposal({ actor: reviewer, proposalId });
    const [reopen, save] = await Promise.allSettled([
      reopenSegment({ actor: other, segmentId: segment.id }),
      submitProposal({ actor: second, segmentId: segment.id, text: `${segment.mtText} [new]`, expectedVersion: version }),
    ]);
    expect(reopen.status).toBe("fulfilled");
    const after = await getDb().segment.findUniqueOrThrow({ where: { id: segment.id }, select: { status: true, approvedProposalId: true, version: true, hter: true } });
    expect(after).toMatchObject({ status: "proposed", approvedProposalId: null, hter: null });
    const open = await getDb().proposal.findMany({ where: { segmentId: segment.id, state: "open" }, orderBy: { id: "asc" }, select: { text: true } });
    if (save.status === "fulfilled") {
      expect(open.map((proposal) => proposal.text)).toEqual([`${segment.mtText} [approved]`, `${segment.mtText} [new]`]);
      expect(after.version).toBe(version + 2);
    } else {
      expect(save.reason).toMatchObject({ code: "conflict" });
      expect(open.map((proposal) => proposal.text)).toEqual([`${segment.mtText} [approved]`]);
      expect(after.version).toBe(version + 1);
    }
  }
});

describe("confirmMt", () => {
  test("confirms the MT unchanged: done, HTER 0, and waiting in the review queue as a proposal of the MT", async () => {
    const { segments } = await importSample("Confirm");
    const segment = segments[1];
    const confirmed = await confirmMt({ actor: editor, segmentId: segment.id, expectedVersion: segment.version });
    const after = await getDb().segment.findUniqueOrThrow({ where: { id: segment.id }, include: { currentProposal: true } });
    expect(after).toMatchObject({ status: "confirmed", hter: 0, terEdits: 0, version: segment.version + 1 });
    expect(after.currentProposal).toMatchObject({ id: confirmed.proposalId, text: segment.mtText, state: "open", authorId: editor.id });
    await expect(confirmMt({ actor: editor, segmentId: segment.id, expectedVersion: segment.version })).rejects.toMatchObject({ code: "conflict" });
    await expect(confirmMt({ actor: reviewer, segmentId: segment.id, expectedVersion: after.version })).rejects.toMatchObject({ code: "forbidden" });
    await approveProposal({ actor: reviewer, proposalId: confirmed.proposalId });
    expect(await getDb().segment.findUniqueOrThrow({ where: { id: segment.id } })).toMatchObject({ status: "approved", hter: 0, approvedProposalId: confirmed.proposalId });
  });

  test("the report counts a confirmed sentence as done with HTER 0, and stops counting it once a new proposal replaces the confirmation", async () => {
    const { id, segments } = await importSample("Confirm report");
    const segment = segments[3];
    const { version } = await confirmMt({ actor: editor, segmentId: segment.id, expectedVersion: segment.version });
    const figures = await readCorpusFigures(getDb(), id);
    expect(figures).toMatchObject({ scored: 1, hter: 0, progress: { total: 4, approved: 0, confirmed: 1, untouched: 3 } });
    await submitProposal({ actor: second, segmentId: segment.id, text: "We do not intend to attack or interfere.", expectedVersion: version });
    expect(await readCorpusFigures(getDb(), id)).toMatchObject({ scored: 0, hter: null, progress: { confirmed: 0, proposed: 1 } });
  });
});
