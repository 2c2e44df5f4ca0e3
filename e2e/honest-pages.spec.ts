import type { Page } from "@playwright/test";
import type { Role } from "../lib/generated/prisma/enums";
import { approveProposal } from "../lib/server/reviews/approve-proposal";
import { confirmMt } from "../lib/server/proposals/confirm-mt";
import { rejectProposal } from "../lib/server/reviews/reject-proposal";
import { createTestActor } from "../tests/factories";
import { flag, importSample, propose } from "../tests/permission-fixtures";
import { test, expect, openAs } from "./fixtures";

/** A sample document (4 sentences) whose second sentence an editor proposed and a reviewer rejected. */
async function documentWithARejection() {
  const sample = await importSample("Rejected");
  const [editor, reviewer] = await Promise.all([createTestActor("editor"), createTestActor("reviewer")]);
  const { proposalId } = await propose(editor, sample.segments[1].id, "The meeting lasted an hour and a half.");
  await rejectProposal({ actor: reviewer, proposalId, reason: "Keep the hotel." });
  return sample;
}

/** Page errors and console errors, as a person with the developer tools open would see them. */
function collectErrors(page: Page) {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  return errors;
}

test("the queue filtered by a document with nothing waiting names that document, and says how many wait in all", async ({ page, login }) => {
  const rejected = await documentWithARejection();
  const waiting = await importSample("Waiting");
  const editor = await createTestActor("editor");
  await propose(editor, waiting.segments[1].id, "The meeting lasted an hour and a half.");
  await propose(editor, waiting.segments[3].id, "We don't intend to attack or interfere.");
  await login("reviewer");

  await page.goto(`/review?document=${rejected.id}`);
  const documentFilter = page.getByLabel("Document");
  await expect(documentFilter).toHaveValue(String(rejected.id));
  await expect(documentFilter.locator("option:checked")).toHaveText(rejected.title);
  const summary = page.getByText(/proposals? waiting with these filters/);
  await expect(summary).toHaveText(/^0 proposals waiting with these filters \(\d+ in the whole queue\), oldest first\.$/);
  const inAll = Number((await summary.textContent())!.match(/\((\d+) in the whole queue\)/)![1]);
  expect(inAll).toBeGreaterThanOrEqual(2);

  await page.goto(`/review?document=${waiting.id}`);
  await expect(documentFilter.locator("option:checked")).toHaveText(waiting.title);
  await expect(page.getByText(/^2 proposals waiting with these filters/)).toBeVisible();
});

test("a rejected sentence is counted as rejected, not as proposed, in the report and the document list", async ({ page, login }) => {
  const { id, title } = await documentWithARejection();
  await login("admin");
  await page.goto(`/documents/${id}/report`);
  await expect(page.locator('dt:text-is("Progress") + dd')).toContainText("0 approved, 0 waiting for review, 1 rejected, 3 untouched.");

  await page.goto("/");
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: title, exact: true }) });
  await expect(row.getByRole("img")).toHaveAccessibleName("0 approved, 0 waiting for review, 1 rejected, 3 untouched of 4");
});

test("the MQM score is over the approved sentences' words, and per 1,000 words, and says so", async ({ page, login }) => {
  const { id, segments } = await importSample("MQM");
  const [editor, reviewer] = await Promise.all([createTestActor("editor"), createTestActor("reviewer")]);
  // A Major flag (5) on the approved sentence of 14 words, and one on a sentence nobody reviewed yet.
  await flag(editor, segments[1].id);
  await flag(editor, segments[3].id);
  const { proposalId } = await propose(editor, segments[1].id, "The meeting lasted an hour and a half and took place in the Hotel President.");
  await approveProposal({ actor: reviewer, proposalId });
  await login("reviewer");

  await page.goto(`/documents/${id}/report`);
  // 100 × (1 − 5 / 14) and 1,000 × 5 / 14; over all 27 MT words and both flags it would read 63.
  const score = page.locator('dt:text-is("MQM score (reviewed words)") + dd');
  await expect(score).toContainText("64.3");
  await expect(score).toContainText("Over the 1 approved segment (14 MT words): 100 × (1 − 5 penalty / 14 words).");
  await expect(page.locator('dt:text-is("MQM penalty per 1,000 words") + dd')).toContainText("357.1");
  await expect(page.locator('dt:text-is("MQM penalty (whole document)") + dd')).toContainText("From 2 open or resolved flags in all 27 MT words, 1 of them on approved segments");
});

test("with a confirmed MT, HTER says it covers it and the MQM score counts the approved segments alone", async ({ page, login }) => {
  const { id, segments } = await importSample("MQM confirmed");
  const [editor, reviewer] = await Promise.all([createTestActor("editor"), createTestActor("reviewer")]);
  await flag(editor, segments[1].id);
  const { proposalId } = await propose(editor, segments[1].id, "The meeting lasted an hour and a half and took place in the Hotel President.");
  await approveProposal({ actor: reviewer, proposalId });
  await confirmMt({ actor: editor, segmentId: segments[2].id, expectedVersion: segments[2].version });
  await login("reviewer");

  await page.goto(`/documents/${id}/report`);
  await expect(page.locator('dt:text-is("Progress") + dd')).toContainText("1 approved, 1 MT confirmed");
  await expect(page.locator('dt:text-is("HTER") + dd')).toContainText("over 2 segments with final text (approved, or MT confirmed)");
  // The score is 100 × (1 − 5 / 14) over sentence 2 alone: the confirmed sentence's 2 words are not among them.
  const score = page.locator('dt:text-is("MQM score (reviewed words)") + dd');
  await expect(score).toContainText("Over the 1 approved segment (14 MT words): 100 × (1 − 5 penalty / 14 words).");
  await expect(page.locator('dt:text-is("MQM penalty per 1,000 words") + dd')).toContainText("The penalty of the 1 approved segment (14 MT words)");
});

test("the document page shows the document's title, as its heading and in the browser's tab", async ({ page, login }) => {
  const { id, title } = await importSample("Titled");
  await login("editor");
  await page.goto(`/documents/${id}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page).toHaveTitle(`${title} · Verso`);
});

test("every page a role may not open answers 403 and says Not allowed; so do its file routes", async ({ browser, baseURL }) => {
  test.slow(); // Eleven pages as three people.
  const { id } = await importSample("Forbidden");
  const pages: Record<Role, string[]> = {
    admin: ["/review", "/feedback"],
    editor: ["/admin/users", "/documents/new", "/review", `/documents/${id}/report`, `/documents/${id}/activity`, `/documents/${id}/export`],
    reviewer: ["/admin/users", "/documents/new", "/feedback"],
  };
  const routes: Record<Role, string[]> = { admin: [], editor: [`/documents/${id}/report/csv`, `/documents/${id}/export/txt`], reviewer: [] };
  for (const role of ["admin", "editor", "reviewer"] as const) {
    const { page, context } = await openAs(browser, baseURL!, role);
    for (const path of pages[role]) {
      const response = await page.goto(path);
      expect(response?.status(), `${role} ${path}`).toBe(403);
      await expect(page.getByRole("heading", { level: 1, name: "Not allowed" })).toBeVisible();
    }
    for (const path of routes[role]) expect((await page.request.get(path)).status(), `${role} ${path}`).toBe(403);
    await context.close();
  }
});

test("the site has an icon, served to signed-out visitors too", async ({ page, request }) => {
  await page.goto("/sign-in");
  const hrefs = await page.locator('link[rel="icon"]').evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  expect(hrefs.some((href) => href.startsWith("/icon.svg"))).toBe(true);
  // Browsers also ask for /favicon.ico on pages without metadata (the 403 page).
  for (const href of [...hrefs, "/favicon.ico"]) {
    const icon = await request.get(href, { maxRedirects: 0 });
    expect(icon.status(), href).toBe(200);
    expect(icon.headers()["content-type"], href).toMatch(/^image\/(svg\+xml|x-icon|vnd\.microsoft\.icon)/);
  }
});

test("opening a document straight in the boundaries mode raises no page or console error, and its dialogs open", async ({ page, login }) => {
  const errors = collectErrors(page);
  const { id } = await importSample("Boundaries direct");
  await login("editor");
  await page.goto(`/documents/${id}?boundaries=1`);
  await expect(page.getByRole("link", { name: "Done fixing boundaries" })).toBeVisible();
  await page.getByRole("button", { name: "Fix boundaries of sentence 2" }).click();
  const dialog = page.getByRole("dialog", { name: "Sentence 2" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: "Fix boundaries of sentence 2" })).toBeFocused();
  expect(errors).toEqual([]);
});
