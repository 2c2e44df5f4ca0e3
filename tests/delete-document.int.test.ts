import { expect, test } from "vitest";
import { getDb } from "../lib/db";
import { createAssignment } from "../lib/server/assignments/create-assignment";
import { createComment } from "../lib/server/comments/create-comment";
import { deleteDocument } from "../lib/server/documents/delete-document";
import { approveProposal } from "../lib/server/reviews/approve-proposal";
import { createTestActor } from "./factories";
import { flag, importSample, propose } from "./permission-fixtures";

test("an admin deletes a document with all its work, after typing its title; nobody else can, and another document stays", async () => {
  const [admin, editor, reviewer] = await Promise.all([createTestActor("admin"), createTestActor("editor"), createTestActor("reviewer")]);
  const { id, title, segments } = await importSample("Delete me");
  const other = await importSample("Keep me");
  await flag(editor, segments[1].id);
  const { proposalId } = await propose(editor, segments[1].id, "The meeting lasted an hour and a half and took place in the Hotel President.");
  await approveProposal({ actor: reviewer, proposalId });
  await propose(editor, segments[2].id, "Lavrov spoke first.");
  await createComment({ actor: reviewer, documentId: id, segmentId: segments[2].id, body: `@${editor.email} why first?` });
  await createAssignment({ actor: admin, documentId: id, assigneeId: reviewer.id, role: "review" });
  const otherProposal = await propose(editor, other.segments[1].id, "The meeting lasted an hour and a half.");
  const segmentIds = segments.map((segment) => segment.id);
  expect(await getDb().translationMemoryEntry.count({ where: { segmentId: { in: segmentIds } } })).toBe(1);
  expect(await getDb().mention.count({ where: { userId: editor.id } })).toBe(1);

  await expect(deleteDocument({ actor: editor, documentId: id, confirmTitle: title })).rejects.toMatchObject({ code: "forbidden" });
  await expect(deleteDocument({ actor: reviewer, documentId: id, confirmTitle: title })).rejects.toMatchObject({ code: "forbidden" });
  await expect(deleteDocument({ actor: admin, documentId: id, confirmTitle: "Delete me" })).rejects.toMatchObject({
    code: "bad_input",
    fieldErrors: { confirmTitle: ["Type the document's title exactly as it is shown to delete it."] },
  });
  expect(await getDb().document.count({ where: { id } })).toBe(1);

  expect(await deleteDocument({ actor: admin, documentId: id, confirmTitle: ` ${title} ` })).toEqual({ id, title, segments: 4, proposals: 2, annotations: 1, comments: 1 });
  const db = getDb();
  expect(await db.document.count({ where: { id } })).toBe(0);
  expect(await db.segment.count({ where: { id: { in: segmentIds } } })).toBe(0);
  expect(await db.proposal.count({ where: { segmentId: { in: segmentIds } } })).toBe(0);
  expect(await db.commentThread.count({ where: { documentId: id } })).toBe(0);
  expect(await db.mention.count({ where: { userId: editor.id } })).toBe(0);
  expect(await db.assignment.count({ where: { documentId: id } })).toBe(0);
  // The approved sentence's memory entry went with it: it is no "imported" entry left behind.
  expect(await db.translationMemoryEntry.count({ where: { OR: [{ documentId: id }, { sourceText: segments[1].mtText, createdById: reviewer.id }] } })).toBe(0);
  const events = await db.auditEvent.findMany({ where: { action: "document.delete", entityId: String(id) }, select: { actorId: true, before: true } });
  expect(events).toEqual([{ actorId: admin.id, before: { title, segments: 4, proposals: 2, annotations: 1, comments: 1 } }]);
  // The live event that ends the document's open streams and recounts the reviewer's assigned work.
  expect(await db.documentEvent.findMany({ where: { documentId: id, type: "document.delete" }, select: { actorId: true, payload: true } }))
    .toEqual([{ actorId: admin.id, payload: { assignedTo: [reviewer.id] } }]);

  expect(await db.proposal.findUniqueOrThrow({ where: { id: otherProposal.proposalId }, select: { state: true } })).toEqual({ state: "open" });
  await expect(deleteDocument({ actor: admin, documentId: id, confirmTitle: title })).rejects.toMatchObject({ code: "not_found" });
});

test("deleting a document while an editor saves and a reviewer approves in it: each either lands before the deletion or is told the document is gone, and nothing of it remains; 20 rounds", async () => {
  const [admin, editor, reviewer] = await Promise.all([createTestActor("admin"), createTestActor("editor"), createTestActor("reviewer")]);
  const db = getDb();
  for (let round = 0; round < 20; round++) {
    const { id, title, segments } = await importSample(`Delete race ${round}`);
    const { proposalId } = await propose(editor, segments[1].id, "The meeting lasted an hour and a half.");
    const outcomes = await Promise.allSettled([
      deleteDocument({ actor: admin, documentId: id, confirmTitle: title }),
      propose(editor, segments[2].id, "Lavrov spoke first."),
      approveProposal({ actor: reviewer, proposalId }),
    ]);
    expect(outcomes[0].status, String((outcomes[0] as PromiseRejectedResult).reason)).toBe("fulfilled");
    for (const outcome of outcomes.slice(1)) {
      if (outcome.status === "rejected") expect(outcome.reason, String(outcome.reason)).toMatchObject({ code: expect.stringMatching(/^(not_found|conflict)$/) });
    }
    const segmentIds = segments.map((segment) => segment.id);
    expect(await db.segment.count({ where: { id: { in: segmentIds } } })).toBe(0);
    expect(await db.proposal.count({ where: { segmentId: { in: segmentIds } } })).toBe(0);
    expect(await db.translationMemoryEntry.count({ where: { segmentId: { in: segmentIds } } })).toBe(0);
    expect(await db.translationMemoryEntry.count({ where: { documentId: id } })).toBe(0);
  }
});
