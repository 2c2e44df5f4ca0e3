import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "../lib/db";
import { resolveAnnotation } from "../lib/server/annotations/resolve-annotation";
import { listDocumentActivity } from "../lib/server/audit/list-document-activity";
import { exportDocument } from "../lib/server/export/export-document";
import type { Actor } from "../lib/server/auth/permissions";
import { approveProposal } from "../lib/server/reviews/approve-proposal";
import { bulkApprove } from "../lib/server/reviews/bulk-approve";
import { countUnseenFeedback } from "../lib/server/reviews/count-unseen-feedback";
import { editAndApprove } from "../lib/server/reviews/edit-and-approve";
import { listFeedback } from "../lib/server/reviews/list-feedback";
import { listReviewQueue } from "../lib/server/reviews/list-review-queue";
import { rejectProposal } from "../lib/server/reviews/reject-proposal";
import { markFeedbackSeen } from "../lib/server/users/mark-feedback-seen";
import { createTestActor } from "./factories";
import { flag, importSample, propose } from "./permission-fixtures";

let editor: Actor;
let reviewer: Actor;
let otherReviewer: Actor;
beforeAll(async () => {
  editor = await createTestActor("editor");
  reviewer = await createTestActor("reviewer");
  otherReviewer = await createTestActor("reviewer");
});

const proposalState = async (id: number) => (await getDb().proposal.findUniqueOrThrow({ where: { id } })).state;

describe("no self-approval", () => {
  test("a reviewer who is also an editor cannot approve their own proposal by any route, and a bulk approval with it approves nothing", async () => {
    const { segments } = await importSample("Self approval");
    const both = await createTestActor("editor", "reviewer");
    const own = await propose(both, segments[1].id, "The meeting lasted an hour and a half.");
    const theirs = await propose(editor, segments[2].id, "Lavrov spoke briefly.");
    await expect(approveProposal({ actor: both, proposalId: own.proposalId })).rejects.toMatchObject({ code: "forbidden", message: expect.stringMatching(/your own proposal/) });
    await expect(editAndApprove({ actor: both, proposalId: own.proposalId, text: "The meeting lasted ninety minutes." })).rejects.toMatchObject({ code: "forbidden" });
    await expect(bulkApprove({ actor: both, proposalIds: [theirs.proposalId, own.proposalId] })).rejects.toMatchObject({ code: "forbidden" });
    expect([await proposalState(own.proposalId), await proposalState(theirs.proposalId)]).toEqual(["open", "open"]);
    await expect(approveProposal({ actor: reviewer, proposalId: own.proposalId })).resolves.toBeTruthy();
  });
});

describe("edit and approve", () => {
  test("a reviewer's edit with an error the checks report is refused until fixed or approved over with a reason", async () => {
    const { segments } = await importSample("Reviewer checks");
    const { proposalId } = await propose(editor, segments[1].id, "The meeting lasted an hour and a half.");
    await expect(editAndApprove({ actor: reviewer, proposalId, text: "The meeting lasted in in an hour." })).rejects.toMatchObject({
      code: "bad_input",
      message: expect.stringMatching(/^The checks report an error in your edit\. doubled-word on “in in”.*approve anyway with a reason\.$/),
    });
    expect(await proposalState(proposalId)).toBe("open");
    const approved = await editAndApprove({ actor: reviewer, proposalId, text: "The meeting lasted in in an hour.", checkOverrideReason: "Quoting the speaker's slip." });
    const edited = await getDb().proposal.findUniqueOrThrow({ where: { id: approved.proposalId }, select: { state: true, checkOverride: true } });
    expect(edited).toMatchObject({ state: "approved", checkOverride: { reason: "Quoting the speaker's slip.", findings: [{ check: "doubled-word", text: "in in" }] } });
  });
});

describe("bulk approval", () => {
  test("two competing proposals of one sentence in one selection: the newer is approved, the older superseded by it", async () => {
    const { segments } = await importSample("Bulk competing");
    const otherEditor = await createTestActor("editor");
    const older = await propose(editor, segments[1].id, "The meeting lasted ninety minutes.");
    const newer = await propose(otherEditor, segments[1].id, "The meeting lasted an hour and a half.");
    const single = await propose(editor, segments[2].id, "Lavrov spoke briefly.");
    const result = await bulkApprove({ actor: reviewer, proposalIds: [newer.proposalId, older.proposalId, single.proposalId] });
    expect(result).toMatchObject({ approved: 2, replaced: 1, alreadyDecided: [] });
    expect([await proposalState(older.proposalId), await proposalState(newer.proposalId), await proposalState(single.proposalId)]).toEqual(["superseded", "approved", "approved"]);
    const segment = await getDb().segment.findUniqueOrThrow({ where: { id: segments[1].id }, select: { status: true, approvedProposalId: true, currentProposalId: true } });
    expect(segment).toEqual({ status: "approved", approvedProposalId: newer.proposalId, currentProposalId: newer.proposalId });
  });

  test("a selection naming a proposal that does not exist approves nothing", async () => {
    const { segments } = await importSample("Bulk missing");
    const { proposalId } = await propose(editor, segments[1].id, "The meeting lasted ninety minutes.");
    await expect(bulkApprove({ actor: reviewer, proposalIds: [proposalId, 2_000_000_000] })).rejects.toMatchObject({ code: "not_found" });
    expect(await proposalState(proposalId)).toBe("open");
  });
});

describe("concurrent decisions", () => {
  test("two reviewers deciding one proposal at once: exactly one wins, the other is told who decided", async () => {
    const { segments } = await importSample("Race");
    for (let round = 0; round < 10; round++) {
      const { proposalId } = await propose(editor, segments[1].id, `The meeting lasted an hour and a half (${round}).`);
      const decisions = round % 2 === 0
        ? [approveProposal({ actor: reviewer, proposalId }), rejectProposal({ actor: otherReviewer, proposalId, reason: "Meaning changed or lost" })]
        : [rejectProposal({ actor: otherReviewer, proposalId, reason: "Unnecessary change" }), approveProposal({ actor: reviewer, proposalId })];
      const results = await Promise.allSettled(decisions);
      const won = results.filter((result) => result.status === "fulfilled");
      const lost = results.filter((result) => result.status === "rejected");
      expect(won).toHaveLength(1);
      expect(lost[0].reason).toMatchObject({ code: "conflict", message: expect.stringMatching(/already (approved|rejected) by Test reviewer at/) });
      expect(await getDb().review.count({ where: { proposalId } })).toBe(1);
    }
  });

  test("a proposal saved just before an approval stays open for review; one saved just after gets a conflict, never lost", async () => {
    const { segments } = await importSample("Approve while saving");
    const segmentId = segments[1].id;
    const outcomes = { kept: 0, conflict: 0 };
    for (let round = 0; round < 20; round++) {
      const first = await propose(editor, segmentId, `The meeting lasted an hour and a half (${round}).`);
      const [, saved] = await Promise.allSettled([
        approveProposal({ actor: reviewer, proposalId: first.proposalId }),
        propose(editor, segmentId, `The meeting went on for an hour and a half (${round}).`, first.proposalId),
      ]);
      if (saved.status === "fulfilled") {
        outcomes.kept++;
        expect(await proposalState(saved.value.proposalId)).toBe("open");
        const segment = await getDb().segment.findUniqueOrThrow({ where: { id: segmentId } });
        expect(segment).toMatchObject({ currentProposalId: saved.value.proposalId, approvedProposalId: first.proposalId, status: "proposed" });
        await rejectProposal({ actor: reviewer, proposalId: saved.value.proposalId, reason: "Unnecessary change" });
      } else {
        outcomes.conflict++;
        expect(saved.reason).toMatchObject({ code: "conflict", detail: { yourText: `The meeting went on for an hour and a half (${round}).` } });
      }
    }
    expect(outcomes.kept + outcomes.conflict).toBe(20);
    expect(await getDb().proposal.count({ where: { segmentId, state: "superseded" } })).toBe(0);
  });

  test("approving an older proposal leaves a newer one open, so the reviewer still sees it", async () => {
    const { segments } = await importSample("Approve keeps newer");
    const older = await propose(editor, segments[1].id, "The meeting lasted an hour and a half.");
    const newer = await propose(await createTestActor("editor"), segments[1].id, "The meeting ran for an hour and a half.");
    await approveProposal({ actor: reviewer, proposalId: older.proposalId });
    expect(await proposalState(newer.proposalId)).toBe("open");
    expect(await getDb().segment.findUniqueOrThrow({ where: { id: segments[1].id } })).toMatchObject({ status: "proposed", approvedProposalId: older.proposalId, currentProposalId: newer.proposalId });
    await approveProposal({ actor: reviewer, proposalId: newer.proposalId });
    expect(await getDb().segment.findUniqueOrThrow({ where: { id: segments[1].id } })).toMatchObject({ status: "approved", approvedProposalId: newer.proposalId });
  });

  test("edit and approve supersedes what the reviewer saw but not a newer proposal", async () => {
    const { segments } = await importSample("Edit keeps newer");
    const older = await propose(editor, segments[1].id, "The meeting took an hour and a half.");
    const reviewed = await propose(editor, segments[1].id, "The meeting lasted an hour and a half.");
    const newer = await propose(await createTestActor("editor"), segments[1].id, "The meeting ran for an hour and a half.");
    await editAndApprove({ actor: reviewer, proposalId: reviewed.proposalId, text: "The meeting lasted ninety minutes." });
    expect(await Promise.all([older, reviewed, newer].map((proposal) => proposalState(proposal.proposalId)))).toEqual(["superseded", "superseded", "open"]);
  });
});

describe("the review queue", () => {
  test("lists open proposals oldest first with context, flags and the approved text, filtered by document and author", async () => {
    const { id, segments } = await importSample("Queue");
    const secondEditor = await createTestActor("editor");
    await flag(editor, segments[1].id, "borrowed is a literal verb");
    const a = await propose(editor, segments[1].id, "The meeting lasted an hour and a half and took place in the Hotel President.");
    await approveProposal({ actor: reviewer, proposalId: a.proposalId });
    const b = await propose(secondEditor, segments[1].id, "The meeting lasted ninety minutes and took place in the Hotel President.");
    const c = await propose(editor, segments[2].id, "Lavrov spoke briefly.");

    const queue = await listReviewQueue({ actor: reviewer, filter: { documentId: id } });
    expect(queue.items.map((item) => item.id)).toEqual([b.proposalId, c.proposalId]);
    const [first] = queue.items;
    expect(first).toMatchObject({ own: false, approvedText: expect.stringContaining("lasted an hour"), before: "Talks in Geneva", after: "Lavrov spoke." });
    expect(first.segment.annotations).toMatchObject([{ note: "borrowed is a literal verb", state: "open", author: { name: "Test editor" } }]);
    const byAuthor = await listReviewQueue({ actor: reviewer, filter: { documentId: id, authorId: secondEditor.id } });
    expect(byAuthor.items.map((item) => item.id)).toEqual([b.proposalId]);
    await expect(listReviewQueue({ actor: editor })).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("rejecting one of two competing proposals", () => {
  test("the one still open becomes the sentence's latest proposal again: shown, exported with fill latest, counted", async () => {
    const { id, segments } = await importSample("Reject the newer");
    const secondEditor = await createTestActor("editor");
    const older = await propose(editor, segments[1].id, "The meeting lasted an hour and a half and took place in the Hotel President.");
    const newer = await propose(secondEditor, segments[1].id, "The meeting borrowed ninety minutes and took place in the Hotel President.");
    await rejectProposal({ actor: reviewer, proposalId: newer.proposalId, reason: "Meaning changed or lost" });
    const segment = await getDb().segment.findUniqueOrThrow({ where: { id: segments[1].id }, select: { status: true, currentProposalId: true } });
    expect(segment).toEqual({ status: "proposed", currentProposalId: older.proposalId });
    const admin = await createTestActor("admin");
    const file = await exportDocument({ actor: admin, documentId: id, format: "txt", fill: "latest" });
    expect(String(file.body)).toContain("The meeting lasted an hour and a half and took place in the Hotel President.");
  });
});

describe("edit and approve without an edit", () => {
  test("submitting the proposal's own text approves it as it is: no reviewer's copy, no “edited” feedback for its author", async () => {
    const { segments } = await importSample("Edit nothing");
    const author = await createTestActor("editor");
    const { proposalId } = await propose(author, segments[1].id, "The meeting lasted an hour and a half.");
    const approved = await editAndApprove({ actor: reviewer, proposalId, text: " The meeting lasted an hour and a half. " });
    expect(approved.proposalId).toBe(proposalId);
    expect(await getDb().proposal.count({ where: { segmentId: segments[1].id } })).toBe(1);
    expect(await getDb().segment.findUniqueOrThrow({ where: { id: segments[1].id }, select: { approvedProposalId: true } })).toEqual({ approvedProposalId: proposalId });
    expect((await listFeedback({ actor: author })).total).toBe(0);
  });
});

describe("the review queue's pages", () => {
  test("a page past the end (the last proposals of page 2 just approved) shows the last page, not an empty queue", async () => {
    const { id, segments } = await importSample("Queue past the end");
    const { proposalId } = await propose(editor, segments[1].id, "The meeting lasted an hour and a half.");
    const queue = await listReviewQueue({ actor: reviewer, filter: { documentId: id, page: 2 } });
    expect(queue).toMatchObject({ total: 1, page: 1, pageCount: 1 });
    expect(queue.items.map((item) => item.id)).toEqual([proposalId]);
  });

  test("the editor's feedback, asked for a page past the end, shows the last page", async () => {
    const { segments } = await importSample("Feedback past the end");
    const author = await createTestActor("editor");
    const { proposalId } = await propose(author, segments[1].id, "The meeting borrowed ninety minutes.");
    await rejectProposal({ actor: reviewer, proposalId, reason: "Meaning changed or lost" });
    const feedback = await listFeedback({ actor: author, page: 1_000_000 });
    expect(feedback).toMatchObject({ total: 1, page: 1, pageCount: 1 });
    expect(feedback.items.map((item) => item.reason)).toEqual(["Meaning changed or lost"]);
  });
});

describe("feedback for editors", () => {
  test("shows rejections with reason and edits in review, and counts what is unseen", async () => {
    const { segments } = await importSample("Feedback");
    const author = await createTestActor("editor");
    const rejected = await propose(author, segments[1].id, "The meeting borrowed ninety minutes.");
    await rejectProposal({ actor: reviewer, proposalId: rejected.proposalId, reason: "Meaning changed or lost: it lasted" });
    const edited = await propose(author, segments[2].id, "Lavrov spoke shortly.");
    await editAndApprove({ actor: otherReviewer, proposalId: edited.proposalId, text: "Lavrov spoke briefly." });
    expect(await countUnseenFeedback({ actor: author })).toBe(2);

    const feedback = await listFeedback({ actor: author });
    expect(feedback.total).toBe(2);
    expect(feedback.items).toMatchObject([
      { kind: "edited", yourText: "Lavrov spoke shortly.", approvedText: "Lavrov spoke briefly.", reviewer: "Test reviewer", unseen: true },
      { kind: "rejected", reason: "Meaning changed or lost: it lasted", yourText: "The meeting borrowed ninety minutes.", unseen: true },
    ]);
    await markFeedbackSeen({ actor: author });
    expect(await countUnseenFeedback({ actor: author })).toBe(0);
    const again = await propose(author, segments[3].id, "We do not intend to attack or interfere.");
    await rejectProposal({ actor: reviewer, proposalId: again.proposalId, reason: "Style or register" });
    expect(await countUnseenFeedback({ actor: author })).toBe(1);
    await expect(listFeedback({ actor: reviewer })).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("activity", () => {
  test("every review and resolution is in the audit log with its segment, newest first, filterable by person and action", async () => {
    const { id, segments } = await importSample("Activity");
    const segmentId = segments[1].id;
    const annotation = await flag(editor, segmentId);
    const rejected = await propose(editor, segmentId, "The meeting borrowed ninety minutes.");
    await rejectProposal({ actor: reviewer, proposalId: rejected.proposalId, reason: "New error introduced" });
    const edited = await propose(editor, segmentId, "The meeting lasted an hour and half.");
    await editAndApprove({ actor: reviewer, proposalId: edited.proposalId, text: "The meeting lasted an hour and a half." });
    await resolveAnnotation({ actor: reviewer, annotationId: annotation.id, state: "resolved", note: "Fixed in the approved text." });

    const history = await getDb().auditEvent.findMany({ where: { segmentId }, orderBy: { id: "asc" } });
    expect(history.map((event) => event.action)).toEqual([
      "annotation.create", "proposal.submit", "proposal.reject", "proposal.submit", "proposal.edit-in-review", "proposal.approve", "annotation.resolve",
    ]);
    const activity = await listDocumentActivity({ actor: reviewer, documentId: id });
    expect(activity?.events.map((event) => event.action).slice(0, 3)).toEqual(["annotation.resolve", "proposal.approve", "proposal.edit-in-review"]);
    expect(activity?.events.at(-1)?.action).toBe("document.import");
    expect(activity?.events[0]).toMatchObject({ segmentOrder: 2, actor: { name: "Test reviewer" } });
    const byReviewer = await listDocumentActivity({ actor: reviewer, documentId: id, filter: { actorId: reviewer.id, action: "proposal.reject" } });
    expect(byReviewer?.events.map((event) => event.after)).toEqual([expect.objectContaining({ reason: "New error introduced" })]);
    await expect(listDocumentActivity({ actor: editor, documentId: id })).rejects.toMatchObject({ code: "forbidden" });
    expect(await listDocumentActivity({ actor: reviewer, documentId: 2_000_000_000 })).toBeNull();
  });
});
