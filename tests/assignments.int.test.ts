import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "../lib/db";
import type { Actor } from "../lib/server/auth/permissions";
import { createAssignment } from "../lib/server/assignments/create-assignment";
import { countMyWork } from "../lib/server/assignments/count-my-work";
import { listAssignments } from "../lib/server/assignments/list-assignments";
import { listMyWork } from "../lib/server/assignments/list-my-work";
import { removeAssignment } from "../lib/server/assignments/remove-assignment";
import { updateAssignment } from "../lib/server/assignments/update-assignment";
import { listDocumentActivity } from "../lib/server/audit/list-document-activity";
import { getReport } from "../lib/server/report/get-report";
import { approveProposal } from "../lib/server/reviews/approve-proposal";
import { listReviewQueue } from "../lib/server/reviews/list-review-queue";
import { splitSegment } from "../lib/server/segments/split-segment";
import { setUserActive } from "../lib/server/users/set-user-active";
import { setUserRoles } from "../lib/server/users/set-user-roles";
import { listSegments } from "../lib/server/workspace/list-segments";
import { describeEvent } from "../components/activity/describe-event";
import { createTestActor } from "./factories";
import { propose } from "./permission-fixtures";
import { importRaceDocument } from "./race-fixtures";

let admin: Actor;
let editor: Actor;
let reviewer: Actor;
beforeAll(async () => {
  [admin, editor, reviewer] = await Promise.all([createTestActor("admin"), createTestActor("editor"), createTestActor("reviewer")]);
});

const assignmentsOf = (documentId: number) => getDb().assignment.count({ where: { documentId } });

describe("assigning sentences", () => {
  test("an admin assigns a range with a due date; the editor's My work shows it with progress, the audit log and a live event record it", async () => {
    const { id, segments } = await importRaceDocument("Assign a range");
    const made = await createAssignment({ actor: admin, documentId: id, assigneeId: editor.id, role: "edit", sentences: "2-5", dueOn: "2099-01-31" });
    expect(made).toMatchObject({ assignee: editor.name, sentences: "sentences 2–5", dueOn: "2099-01-31" });

    await propose(editor, segments[1].id, "The meeting lasted ninety minutes.");
    const { proposalId } = await propose(editor, segments[2].id, "It took place at the Hotel President.");
    await approveProposal({ actor: reviewer, proposalId });

    const mine = (await listMyWork({ actor: editor })).find((assignment) => assignment.id === made.id);
    expect(mine).toMatchObject({ documentId: id, role: "edit", sentences: "2–5", dueOn: "2099-01-31", overdue: false, total: 4, approved: 1, proposed: 1, rejected: 0, confirmed: 0 });
    expect((await listMyWork({ actor: reviewer })).some((assignment) => assignment.id === made.id)).toBe(false);
    expect(await countMyWork({ actor: editor })).toBeGreaterThanOrEqual(1);

    const activity = await listDocumentActivity({ actor: admin, documentId: id });
    const event = activity?.events.find((row) => row.action === "assignment.create");
    expect(event && describeEvent(event)).toBe(`assigned sentences 2–5 to ${editor.name} to edit, due 2099-01-31`);
    const live = await getDb().documentEvent.findFirstOrThrow({ where: { documentId: id, type: "assignment.change" } });
    expect(live.payload).toEqual({ assignedTo: [editor.id] });
  });

  test("the whole document, and an overdue assignment, are shown as such", async () => {
    const { id } = await importRaceDocument("Whole and overdue");
    const made = await createAssignment({ actor: admin, documentId: id, assigneeId: reviewer.id, role: "review", dueOn: "2020-03-01" });
    const mine = (await listMyWork({ actor: reviewer })).find((assignment) => assignment.id === made.id);
    expect(mine).toMatchObject({ sentences: "whole document", total: 13, dueOn: "2020-03-01", overdue: true });
  });

  test("the workspace filter shows only the assignment's sentences", async () => {
    const { id } = await importRaceDocument("Workspace filter");
    const made = await createAssignment({ actor: admin, documentId: id, assigneeId: editor.id, role: "edit", sentences: "3, 7-8" });
    const page = await listSegments({ actor: editor, documentId: id, query: { assignment: String(made.id) } });
    expect(page.segments.map((segment) => segment.order)).toEqual([3, 7, 8]);
  });

  test("an admin changes the person, sentences and due date, then removes it; each step is audited", async () => {
    const { id } = await importRaceDocument("Change and remove");
    const other = await createTestActor("editor");
    const made = await createAssignment({ actor: admin, documentId: id, assigneeId: editor.id, role: "edit", sentences: "1-3" });
    await expect(updateAssignment({ actor: admin, assignmentId: made.id, assigneeId: other.id, sentences: "4-6", dueOn: "2099-02-01" })).resolves.toMatchObject({ sentences: "sentences 4–6" });
    const [listed] = (await listAssignments({ actor: admin, documentId: id }))!.assignments;
    expect(listed).toMatchObject({ assigneeId: other.id, sentences: "4–6", dueOn: "2099-02-01", total: 3 });
    await removeAssignment({ actor: admin, assignmentId: made.id });
    expect(await assignmentsOf(id)).toBe(0);
    expect(await getDb().assignedSegment.count({ where: { assignmentId: made.id } })).toBe(0);
    const actions = (await listDocumentActivity({ actor: admin, documentId: id }))!.events.map((event) => event.action);
    expect(actions).toEqual(expect.arrayContaining(["assignment.create", "assignment.update", "assignment.remove"]));
    const events = await getDb().documentEvent.findMany({ where: { documentId: id, type: "assignment.change" }, orderBy: { id: "asc" } });
    expect(events.map((event) => event.payload)).toEqual([{ assignedTo: [editor.id] }, { assignedTo: [editor.id, other.id] }, { assignedTo: [other.id] }]);
    await expect(removeAssignment({ actor: admin, assignmentId: made.id })).rejects.toMatchObject({ code: "not_found" });
  });

  test("a split gives the new sentence the assignment of the one it came from", async () => {
    const { id, segments } = await importRaceDocument("Split keeps");
    const made = await createAssignment({ actor: admin, documentId: id, assigneeId: editor.id, role: "edit", sentences: "2" });
    const first = segments[1];
    await splitSegment({ actor: admin, segmentId: first.id, version: first.version, at: first.mtText.indexOf("an hour") });
    const page = await listSegments({ actor: editor, documentId: id, query: { assignment: String(made.id) } });
    expect(page.segments.map((segment) => segment.order)).toEqual([2, 3]);
  });
});

describe("one person per role per sentence", () => {
  test("overlapping sentences in the same role are refused with who holds them; another role may overlap", async () => {
    const { id } = await importRaceDocument("Overlap");
    const other = await createTestActor("editor");
    await createAssignment({ actor: admin, documentId: id, assigneeId: editor.id, role: "edit", sentences: "2-5" });
    await expect(createAssignment({ actor: admin, documentId: id, assigneeId: other.id, role: "edit", sentences: "5-7" })).rejects.toMatchObject({
      code: "conflict",
      message: `Already assigned to edit: sentence 5 to ${editor.name}. Change or remove that assignment first.`,
    });
    await expect(createAssignment({ actor: admin, documentId: id, assigneeId: reviewer.id, role: "review", sentences: "1-13" })).resolves.toBeTruthy();
    expect(await assignmentsOf(id)).toBe(2);
  });

  test("two admins assigning overlapping sentences at once: one wins, the other is told, and no sentence is held twice", async () => {
    const { id } = await importRaceDocument("Assignment race");
    const [secondAdmin, other] = await Promise.all([createTestActor("admin"), createTestActor("editor")]);
    const results = await Promise.allSettled([
      createAssignment({ actor: admin, documentId: id, assigneeId: editor.id, role: "edit", sentences: "2-8" }),
      createAssignment({ actor: secondAdmin, documentId: id, assigneeId: other.id, role: "edit", sentences: "6-12" }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const [refused] = results.filter((result) => result.status === "rejected");
    expect(refused.reason).toMatchObject({ code: "conflict", message: expect.stringContaining("sentences 6–8 to") });
    expect(await assignmentsOf(id)).toBe(1);
    const rows = await getDb().assignedSegment.findMany({ where: { segment: { documentId: id } }, select: { segmentId: true, role: true } });
    expect(new Set(rows.map((row) => `${row.segmentId}:${row.role}`)).size).toBe(rows.length);
    expect(rows).toHaveLength(7);
  });

  test("two admins assigning the whole document to the same reviewer at once make one assignment", async () => {
    const { id } = await importRaceDocument("Same assignment race");
    const secondAdmin = await createTestActor("admin");
    const input = { documentId: id, assigneeId: reviewer.id, role: "review" as const, sentences: "" };
    const results = await Promise.allSettled([createAssignment({ actor: admin, ...input }), createAssignment({ actor: secondAdmin, ...input })]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await assignmentsOf(id)).toBe(1);
  });
});

describe("bad input stores nothing", () => {
  test.each([
    ["a sentence past the end", { sentences: "12-40" }, "bad_input", "Sentence 40 is outside the document: it has 13 sentences."],
    ["a range backwards", { sentences: "7-3" }, "bad_input", "The range 7-3 ends before it starts."],
    ["words for sentences", { sentences: "the first few" }, "bad_input", "is not a sentence number"],
    ["a day that does not exist", { dueOn: "2026-02-30" }, "bad_input", "The due date “2026-02-30” is not a date"],
    ["a date in words", { dueOn: "next Friday" }, "bad_input", "use YYYY-MM-DD"],
    ["an unknown role", { role: "translate" }, "bad_input", "Choose edit or review."],
  ])("%s", async (_label, change, code, message) => {
    const { id } = await importRaceDocument("Bad assignment");
    await expect(createAssignment({ actor: admin, documentId: id, assigneeId: editor.id, role: "edit", ...(change as object) })).rejects.toMatchObject({ code, message: expect.stringContaining(message) });
    expect(await assignmentsOf(id)).toBe(0);
  });

  test("a person without the role, a deactivated person, or nobody", async () => {
    const { id } = await importRaceDocument("Wrong person");
    await expect(createAssignment({ actor: admin, documentId: id, assigneeId: reviewer.id, role: "edit" })).rejects.toMatchObject({
      code: "bad_input",
      message: `${reviewer.name} is not an editor, so they cannot be assigned sentences to edit; give them the role on the People page first.`,
    });
    const leaver = await createTestActor("editor");
    await setUserActive({ actor: admin, userId: leaver.id, active: false });
    await expect(createAssignment({ actor: admin, documentId: id, assigneeId: leaver.id, role: "edit" })).rejects.toMatchObject({ code: "bad_input", message: expect.stringContaining("is deactivated") });
    await expect(createAssignment({ actor: admin, documentId: id, assigneeId: "no-such-person", role: "edit" })).rejects.toMatchObject({ code: "bad_input", message: "That person does not exist." });
    await expect(createAssignment({ actor: admin, documentId: 2_000_000_000, assigneeId: editor.id, role: "edit" })).rejects.toMatchObject({ code: "not_found" });
    expect(await assignmentsOf(id)).toBe(0);
  });

  test("taking a role away removes the person's assignments for it, in each document's activity; the other role's stay", async () => {
    const { id } = await importRaceDocument("Role taken away");
    const both = await createTestActor("editor", "reviewer");
    const edit = await createAssignment({ actor: admin, documentId: id, assigneeId: both.id, role: "edit", sentences: "2-3" });
    const review = await createAssignment({ actor: admin, documentId: id, assigneeId: both.id, role: "review", sentences: "4-5" });
    expect(await setUserRoles({ actor: admin, userId: both.id, roles: ["reviewer"] })).toEqual({ removedAssignments: 1 });
    expect((await getDb().assignment.findMany({ where: { assigneeId: both.id }, select: { id: true } })).map((row) => row.id)).toEqual([review.id]);
    expect((await listMyWork({ actor: { ...both, roles: ["reviewer"] } })).map((assignment) => assignment.id)).toEqual([review.id]);
    const activity = await listDocumentActivity({ actor: admin, documentId: id });
    expect(activity?.events.some((row) => row.action === "assignment.remove" && row.entityId === String(edit.id))).toBe(true);
    expect(await setUserRoles({ actor: admin, userId: both.id, roles: ["reviewer", "editor"] })).toEqual({ removedAssignments: 0 });
  });

  test("deactivating a person releases their assignments, each in its document's activity", async () => {
    const { id } = await importRaceDocument("Person deactivated");
    const leaver = await createTestActor("editor", "reviewer");
    const edit = await createAssignment({ actor: admin, documentId: id, assigneeId: leaver.id, role: "edit", sentences: "2-3" });
    const review = await createAssignment({ actor: admin, documentId: id, assigneeId: leaver.id, role: "review", sentences: "4-5" });
    expect(await setUserActive({ actor: admin, userId: leaver.id, active: false })).toEqual({ removedAssignments: 2 });
    expect(await getDb().assignment.count({ where: { assigneeId: leaver.id } })).toBe(0);
    const activity = await listDocumentActivity({ actor: admin, documentId: id });
    const removed = activity?.events.filter((row) => row.action === "assignment.remove").map((row) => row.entityId);
    expect(removed?.sort()).toEqual([String(edit.id), String(review.id)].sort());
    await createAssignment({ actor: admin, documentId: id, assigneeId: editor.id, role: "edit", sentences: "2-3" });
    expect(await setUserActive({ actor: admin, userId: leaver.id, active: true })).toEqual({ removedAssignments: 0 });
  });

  test("a change that fails leaves the assignment as it was", async () => {
    const { id } = await importRaceDocument("Bad change");
    const made = await createAssignment({ actor: admin, documentId: id, assigneeId: editor.id, role: "edit", sentences: "2-3", dueOn: "2099-05-05" });
    await expect(updateAssignment({ actor: admin, assignmentId: made.id, assigneeId: editor.id, sentences: "2-99", dueOn: "2099-06-06" })).rejects.toMatchObject({ code: "bad_input" });
    const [listed] = (await listAssignments({ actor: admin, documentId: id }))!.assignments;
    expect(listed).toMatchObject({ sentences: "2–3", dueOn: "2099-05-05" });
  });
});

describe("permissions", () => {
  test("only admins assign, change, remove or list a document's assignments", async () => {
    const { id } = await importRaceDocument("Not yours to assign");
    const made = await createAssignment({ actor: admin, documentId: id, assigneeId: editor.id, role: "edit", sentences: "1" });
    for (const actor of [editor, reviewer]) {
      await expect(createAssignment({ actor, documentId: id, assigneeId: editor.id, role: "edit", sentences: "2" })).rejects.toMatchObject({ code: "forbidden" });
      await expect(updateAssignment({ actor, assignmentId: made.id, assigneeId: editor.id, sentences: "1-13" })).rejects.toMatchObject({ code: "forbidden" });
      await expect(removeAssignment({ actor, assignmentId: made.id })).rejects.toMatchObject({ code: "forbidden" });
      await expect(listAssignments({ actor, documentId: id })).rejects.toMatchObject({ code: "forbidden" });
    }
    await expect(listMyWork({ actor: null })).rejects.toMatchObject({ code: "unauthenticated" });
    expect(await assignmentsOf(id)).toBe(1);
  });
});

describe("the review queue and the report", () => {
  test("the queue filters by who is assigned to review; the report shows progress per assignee", async () => {
    const { id, segments } = await importRaceDocument("Queue by assignee");
    const otherReviewer = await createTestActor("reviewer");
    await createAssignment({ actor: admin, documentId: id, assigneeId: reviewer.id, role: "review", sentences: "2-3" });
    await createAssignment({ actor: admin, documentId: id, assigneeId: otherReviewer.id, role: "review", sentences: "4-5" });
    await createAssignment({ actor: admin, documentId: id, assigneeId: editor.id, role: "edit", sentences: "2-5" });
    const proposals = await Promise.all([1, 2, 3].map((index) => propose(editor, segments[index].id, `Changed sentence ${index}.`)));
    const mine = await listReviewQueue({ actor: reviewer, filter: { documentId: id, assigneeId: reviewer.id } });
    expect(mine.items.map((item) => item.id).sort()).toEqual([proposals[0].proposalId, proposals[1].proposalId].sort());
    const theirs = await listReviewQueue({ actor: reviewer, filter: { documentId: id, assigneeId: otherReviewer.id } });
    expect(theirs.items.map((item) => item.id)).toEqual([proposals[2].proposalId]);
    expect((await listReviewQueue({ actor: reviewer, filter: { documentId: id } })).total).toBe(3);

    await approveProposal({ actor: reviewer, proposalId: proposals[0].proposalId });
    const report = (await getReport({ actor: admin, documentId: id }))!;
    const byPerson = Object.fromEntries(report.assignments.map((row) => [`${row.name}:${row.role}:${row.assigneeId}`, { total: row.total, approved: row.approved, proposed: row.proposed }]));
    expect(byPerson).toEqual({
      [`${reviewer.name}:review:${reviewer.id}`]: { total: 2, approved: 1, proposed: 1 },
      [`${otherReviewer.name}:review:${otherReviewer.id}`]: { total: 2, approved: 0, proposed: 1 },
      [`${editor.name}:edit:${editor.id}`]: { total: 4, approved: 1, proposed: 2 },
    });
  });
});
