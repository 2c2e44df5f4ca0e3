import type { Page } from "@playwright/test";
import { test, expect, openAs, createDocument, numberedArticle, uniqueTitle } from "./fixtures";
import { getDb } from "../lib/db";
import type { Actor } from "../lib/server/auth/permissions";
import { createAssignment } from "../lib/server/assignments/create-assignment";
import { approveProposal } from "../lib/server/reviews/approve-proposal";
import { createTestActor } from "../tests/factories";
import { propose } from "../tests/permission-fixtures";

/** An account with a name no other test uses, so a person can be picked by name. */
async function namedActor(label: string, ...roles: Parameters<typeof createTestActor>) {
  const actor = await createTestActor(...roles);
  const name = `${label} ${Math.random().toString(36).slice(2, 8)}`;
  await getDb().user.update({ where: { id: actor.id }, data: { name } });
  return { ...actor, name };
}

const segmentIds = async (documentId: number) => (await getDb().segment.findMany({ where: { documentId }, orderBy: { order: "asc" }, select: { id: true } })).map((row) => row.id);
const personLabel = (person: Actor, role: string) => `${person.name} (${person.email}), ${role}`;
// Each test walks through several pages as two people; on a busy machine that outlasts the default 30 s (a ceiling, not the usual time).
test.describe.configure({ timeout: 120_000 });

const waitLive = (page: Page) => expect(page.locator("html[data-live=open]")).toBeAttached();

test("an admin assigns sentences with a due date in the browser; the editor's header and My work show it live, with progress, and lead to those sentences", async ({ page, login, browser, baseURL }) => {
  const title = uniqueTitle("Assigned article");
  const id = await createDocument(title, numberedArticle(12));
  const editor = await openAs(browser, baseURL!, "editor");
  const name = `Eddie ${Math.random().toString(36).slice(2, 8)}`;
  await getDb().user.update({ where: { id: editor.actor.id }, data: { name } });
  await editor.page.goto("/my-work");
  await expect(editor.page.getByText("Nothing is assigned to you.")).toBeVisible();
  await waitLive(editor.page);

  await login("admin");
  await page.goto(`/documents/${id}`);
  await page.getByRole("link", { name: "Assignments" }).click();
  await page.waitForURL(`/documents/${id}/assignments`);
  await expect(page.getByRole("heading", { name: "Assignments", level: 1 })).toBeVisible();
  const form = page.getByRole("form", { name: "Assign sentences" });
  await form.getByLabel("Person").selectOption({ label: personLabel({ ...editor.actor, name }, "editor") });
  await form.getByLabel("Role").selectOption("edit");
  await form.getByLabel(/^Sentences/).fill("3-5");
  await form.getByLabel(/^Due date/).fill("2099-12-31");
  await form.getByRole("button", { name: "Assign" }).click();
  await expect(form.getByRole("status")).toHaveText(`Assigned sentences 3–5 to ${name} to edit, due 2099-12-31.`);
  await expect(page.getByRole("form", { name: `Edit: ${name}, sentences 3–5` })).toBeVisible();

  // The editor's page follows without a reload: the header's count, then the list.
  await expect(editor.page.getByRole("link", { name: "My work 1 open" })).toBeVisible();
  const row = editor.page.getByRole("row").filter({ hasText: title });
  await expect(row).toContainText("3–5");
  await expect(row).toContainText("2099-12-31");
  await expect(row).toContainText("0 / 3 done");

  const ids = await segmentIds(id);
  const { proposalId } = await propose(editor.actor, ids[2], "Sentence number 3 of the long article is here, corrected.");
  await approveProposal({ actor: await createTestActor("reviewer"), proposalId });
  await propose(editor.actor, ids[3], "Sentence number 4, corrected.");
  await editor.page.reload();
  await expect(row).toContainText("1 / 3 done");
  await expect(row.getByRole("img")).toHaveAccessibleName("1 approved, 1 waiting for review, 0 rejected, 1 untouched of 3");

  await row.getByRole("link", { name: title }).click();
  await expect(editor.page).toHaveURL(/\?assignment=\d+/);
  await expect(editor.page.locator("[data-workspace-ready]")).toBeVisible();
  await expect(editor.page.getByRole("button", { name: /^Sentence \d+:/ })).toHaveCount(3);
  await expect(editor.page.getByRole("button", { name: /^Sentence 3:/ })).toBeVisible();
  await expect(editor.page.getByRole("button", { name: /^Sentence 6:/ })).toHaveCount(0);
  await editor.context.close();
});

test("a bad range or a taken sentence is refused on the form, and nothing is stored", async ({ page, login }) => {
  const id = await createDocument(uniqueTitle("Refused assignment"), numberedArticle(5));
  const admin = await login("admin");
  const [editor, other] = await Promise.all([namedActor("Edna", "editor"), namedActor("Otto", "editor")]);
  await createAssignment({ actor: admin, documentId: id, assigneeId: editor.id, role: "edit", sentences: "2-3" });
  await page.goto(`/documents/${id}/assignments`);
  const form = page.getByRole("form", { name: "Assign sentences" });
  await form.getByLabel("Person").selectOption({ label: personLabel(other, "editor") });
  await form.getByLabel(/^Sentences/).fill("4-40");
  await form.getByRole("button", { name: "Assign" }).click();
  await expect(form.getByRole("alert")).toHaveText("Sentence 40 is outside the document: it has 6 sentences.");
  await expect(form.getByLabel(/^Sentences/)).toHaveAttribute("aria-invalid", "true");
  await form.getByLabel(/^Sentences/).fill("3-4");
  await form.getByRole("button", { name: "Assign" }).click();
  await expect(form.getByRole("alert")).toHaveText(`Already assigned to edit: sentence 3 to ${editor.name}. Change or remove that assignment first.`);
  await expect(form.getByLabel(/^Sentences/)).toHaveAttribute("aria-invalid", "true");
  expect(await getDb().assignment.count({ where: { documentId: id } })).toBe(1);
});

test("a refused change to an assignment keeps what the admin typed, and nothing is stored", async ({ page, login }) => {
  const id = await createDocument(uniqueTitle("Refused change"), numberedArticle(5));
  const admin = await login("admin");
  const editor = await namedActor("Edgar", "editor");
  await createAssignment({ actor: admin, documentId: id, assigneeId: editor.id, role: "edit", sentences: "2-3", dueOn: "2099-01-31" });
  await page.goto(`/documents/${id}/assignments`);
  const row = page.getByRole("form", { name: `Edit: ${editor.name}, sentences 2–3` });
  await row.getByLabel(/^Sentences/).fill("2-40");
  await row.getByLabel("Due date").fill("2099-03-15");
  await row.getByRole("button", { name: "Save changes" }).click();
  await expect(row.getByRole("alert")).toHaveText("Sentence 40 is outside the document: it has 6 sentences.");
  await expect(row.getByLabel(/^Sentences/)).toHaveValue("2-40");
  await expect(row.getByLabel("Due date")).toHaveValue("2099-03-15");
  expect((await getDb().assignment.findFirstOrThrow({ where: { documentId: id } })).dueOn?.toISOString().slice(0, 10)).toBe("2099-01-31");
  await row.getByLabel(/^Sentences/).fill("2-4");
  await row.getByRole("button", { name: "Save changes" }).click();
  const changed = page.getByRole("form", { name: `Edit: ${editor.name}, sentences 2–4` });
  await expect(changed.getByRole("status")).toHaveText(`Saved: sentences 2–4 for ${editor.name}, due 2099-03-15.`);
  await expect(changed.getByLabel(/^Sentences/)).toHaveValue("2-4");
});

test("an edit assignment's row offers only editors to hand it to, a review assignment's only reviewers", async ({ page, login }) => {
  const id = await createDocument(uniqueTitle("Who may take it"), numberedArticle(5));
  const admin = await login("admin");
  const [editor, otherEditor, reviewer] = await Promise.all([namedActor("Elsa", "editor"), namedActor("Egon", "editor"), namedActor("Rhea", "reviewer")]);
  await createAssignment({ actor: admin, documentId: id, assigneeId: editor.id, role: "edit", sentences: "2-3" });
  await createAssignment({ actor: admin, documentId: id, assigneeId: reviewer.id, role: "review", sentences: "2-3" });
  await page.goto(`/documents/${id}/assignments`);
  const editRow = page.getByRole("form", { name: `Edit: ${editor.name}, sentences 2–3` }).getByLabel("Person");
  await expect(editRow.getByRole("option", { name: personLabel(otherEditor, "editor") })).toHaveCount(1);
  await expect(editRow.getByRole("option", { name: personLabel(reviewer, "reviewer") })).toHaveCount(0);
  const reviewRow = page.getByRole("form", { name: `Review: ${reviewer.name}, sentences 2–3` }).getByLabel("Person");
  await expect(reviewRow.getByRole("option", { name: personLabel(otherEditor, "editor") })).toHaveCount(0);
});

test("the review queue filters by who is assigned, and the report shows progress per assignee", async ({ page, login }) => {
  const title = uniqueTitle("Queue by assignment");
  const id = await createDocument(title, numberedArticle(8));
  const admin = await createTestActor("admin");
  const [editor, otherReviewer] = await Promise.all([namedActor("Edith", "editor"), namedActor("Rita", "reviewer")]);
  const reviewer = await login("reviewer");
  await createAssignment({ actor: admin, documentId: id, assigneeId: reviewer.id, role: "review", sentences: "2-3", dueOn: "2020-06-30" });
  await createAssignment({ actor: admin, documentId: id, assigneeId: otherReviewer.id, role: "review", sentences: "4-5" });
  await createAssignment({ actor: admin, documentId: id, assigneeId: editor.id, role: "edit", sentences: "2-5" });
  const ids = await segmentIds(id);
  await propose(editor, ids[1], "Sentence number 2, corrected.");
  await propose(editor, ids[3], "Sentence number 4, corrected.");

  await page.goto(`/review?document=${id}`);
  await expect(page.getByText(/^2 proposals waiting with these filters/)).toBeVisible();
  await page.getByLabel("Assigned to").selectOption({ label: "Me" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/assigned=me/);
  await expect(page.getByText(/^1 proposal waiting with these filters/)).toBeVisible();
  await expect(page.getByRole("article", { name: new RegExp(`for ${title}, sentence 2$`) })).toBeVisible();
  await page.getByLabel("Assigned to").selectOption({ label: `${otherReviewer.name} (1 waiting)` });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("article", { name: new RegExp(`for ${title}, sentence 4$`) })).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(1);

  await page.goto("/my-work");
  await expect(page.getByRole("row").filter({ hasText: title })).toContainText("2020-06-30 (overdue)");

  await page.goto(`/documents/${id}/report`);
  const table = page.getByRole("table", { name: "Progress per assignee" });
  await expect(table.getByRole("row").filter({ hasText: editor.name })).toContainText("Edit2–5");
  await expect(table.getByRole("row").filter({ hasText: editor.name })).toContainText("0 / 4 done");
  await expect(table.getByRole("row").filter({ hasText: editor.name }).getByRole("img")).toHaveAccessibleName("0 approved, 2 waiting for review, 0 rejected, 2 untouched of 4");
  await expect(table.getByRole("row").filter({ hasText: otherReviewer.name }).getByRole("img")).toHaveAccessibleName("0 approved, 1 waiting for review, 0 rejected, 1 untouched of 2");
});
