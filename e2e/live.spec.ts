import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { getDb } from "../lib/db";
import { approveProposal } from "../lib/server/reviews/approve-proposal";
import { rejectProposal } from "../lib/server/reviews/reject-proposal";
import { splitSegment } from "../lib/server/segments/split-segment";
import { setUserActive } from "../lib/server/users/set-user-active";
import { createTestActor } from "../tests/factories";
import { propose } from "../tests/permission-fixtures";
import { createDocument, expect as baseExpect, openAs, test, uniqueTitle } from "./fixtures";

// Two browsers on two app servers: each step waits on another server's work as well as this one's.
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

const ARTICLE = "Talks in Geneva\n\nThe meeting borrowed an hour and a half. Lavrov spoke in Prezident hotel. These include Bulgaria and Romania.\n";

async function importArticle() {
  const title = uniqueTitle("Live");
  const id = await createDocument(title, ARTICLE);
  const segments = await getDb().segment.findMany({ where: { documentId: id }, orderBy: { order: "asc" } });
  return { id, title, segments };
}

const sentence = (page: Page, order: number) => page.getByRole("button", { name: new RegExp(`^Sentence ${order}:`) });
const panel = (page: Page) => page.getByRole("complementary");

/** Opens the document and marks the window, so a test can tell that the page was never reloaded. */
async function openDocument(page: Page, id: number) {
  await page.goto(`/documents/${id}`);
  await expect(page.locator("[data-workspace-ready]")).toBeVisible();
  await page.evaluate(() => ((window as unknown as { neverReloaded: boolean }).neverReloaded = true));
}

const neverReloaded = (page: Page) => page.evaluate(() => (window as unknown as { neverReloaded?: boolean }).neverReloaded === true);

/** A fresh article open for an editor on this server and a reviewer on the second one. */
async function editorAndReviewer({ page, login, browser, secondServer }: { page: Page; login: (role: "editor") => Promise<unknown>; browser: Browser; secondServer: string }) {
  const article = await importArticle();
  await login("editor");
  const reviewer = await openAs(browser, secondServer, "reviewer");
  await openDocument(reviewer.page, article.id);
  await openDocument(page, article.id);
  return { ...article, reviewer };
}

test("two people on two app servers see each other's proposal and decision without reloading", async ({ page, login, browser, secondServer }) => {
  const { id, reviewer } = await editorAndReviewer({ page, login, browser, secondServer });
  await sentence(reviewer.page, 2).click();
  await expect(panel(reviewer.page)).toContainText("No proposals yet.");

  await sentence(page, 2).click();
  await panel(page).getByLabel("Your proposal").fill("The meeting lasted an hour and a half.");
  await panel(page).getByRole("button", { name: "Submit proposal" }).click();
  await expect(panel(page).getByRole("status").filter({ hasText: "Proposal submitted." })).toBeVisible();

  // The reviewer, on the other server, sees the status and the proposal in the open panel.
  await expect(sentence(reviewer.page, 2)).toHaveAccessibleName(/^Sentence 2: (\d+ flags?, )?proposed/);
  await expect(panel(reviewer.page).getByRole("heading", { name: "Proposals (1)" })).toBeVisible();
  await expect(panel(reviewer.page).getByRole("list", { name: "Proposals for this sentence" })).toContainText("lasted");

  // The decision, taken on the other server's review queue, reaches the editor's open document.
  await reviewer.page.goto(`/review?document=${id}`);
  const card = reviewer.page.getByRole("article", { name: /sentence 2$/ });
  await card.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(card).toHaveCount(0);
  await expect(sentence(page, 2)).toHaveAccessibleName(/^Sentence 2: (\d+ flags?, )?approved/);
  await expect(panel(page).getByRole("list", { name: "Proposals for this sentence" })).toContainText("✓ Approved by Test reviewer");
  expect(await neverReloaded(page)).toBe(true);
  await reviewer.context.close();
});

test("presence: a colleague on another server sees who has a sentence open and editing, and sees them go", async ({ page, login, browser, secondServer }) => {
  const { id, segments, reviewer: colleague } = await editorAndReviewer({ page, login, browser, secondServer });
  // The report of opening sentence 2 is slow to arrive: the report of editing it, sent just after, must not overtake it.
  let slowed = false;
  await page.route("**/presence", async (route) => {
    const report = route.request().postDataJSON() as { segmentId?: number; editing?: boolean } | null;
    if (!slowed && report?.segmentId === segments[1].id && report.editing === false) {
      slowed = true;
      await new Promise((resolve) => setTimeout(resolve, 1_500));
    }
    await route.continue();
  });

  await sentence(page, 2).click();
  await panel(page).getByLabel("Your proposal").focus();
  await expect(sentence(colleague.page, 2)).toHaveAccessibleName(/open by Test editor$/);
  // The presence count is visible text: the sentence's button name must still contain what the button shows.
  const axe = await new AxeBuilder({ page: colleague.page }).include("#segment-2").options({ rules: { "label-content-name-mismatch": { enabled: true } } }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await sentence(colleague.page, 2).click();
  // Before the next heartbeat (10 s after the sentence opened), which would otherwise mend an overtaken report.
  await expect(panel(colleague.page).getByRole("status").filter({ hasText: "Test editor is editing this sentence." })).toBeVisible({ timeout: 6_000 });
  // Nothing is locked: the colleague can still act on the sentence.
  await expect(panel(colleague.page).getByRole("button", { name: "Add flag" })).toBeVisible();

  await panel(page).getByRole("button", { name: /^Close/ }).click();
  await expect(sentence(colleague.page, 2)).toHaveAccessibleName(/^Sentence 2: new$/);
  await expect(panel(colleague.page).getByRole("status").filter({ hasText: "Test editor" })).toHaveCount(0);

  await sentence(page, 3).click();
  await expect(sentence(colleague.page, 3)).toHaveAccessibleName(/open by Test editor$/);
  await page.close({ runBeforeUnload: true });
  await expect(sentence(colleague.page, 3)).toHaveAccessibleName(/^Sentence 3: new$/, { timeout: 45_000 });
  expect(await neverReloaded(colleague.page)).toBe(true);
  await colleague.context.close();
});

test("the document list's progress and the header's feedback count follow colleagues' decisions without a reload", async ({ page, login }) => {
  const { title, segments } = await importArticle();
  const editor = await login("editor");
  const reviewer = await createTestActor("reviewer");
  const first = await propose(editor, segments[1].id, "The meeting lasted an hour and a half.");
  const second = await propose(editor, segments[2].id, "Lavrov spoke in the Hotel President.");
  await page.goto("/");
  const row = page.getByRole("row").filter({ hasText: title });
  await expect(row).toContainText("0 / 4 done");
  await page.evaluate(() => ((window as unknown as { neverReloaded: boolean }).neverReloaded = true));
  // This stream carries no replay (counts are sent whole on connection), so the decisions wait until it is open.
  await expect(page.locator("html[data-live=open]")).toBeAttached();
  await approveProposal({ actor: reviewer, proposalId: first.proposalId });
  await expect(row).toContainText("1 / 4 done");
  await rejectProposal({ actor: reviewer, proposalId: second.proposalId, reason: "Terminology not followed" });
  await expect(page.getByRole("link", { name: "Feedback 1 new" })).toBeVisible();
  expect(await neverReloaded(page)).toBe(true);
});

test("fixing boundaries, an editor sees a colleague's split appear without reloading", async ({ page, login }) => {
  const { id, segments } = await importArticle();
  await login("editor");
  await page.goto(`/documents/${id}?boundaries=1`);
  await expect(page.getByRole("button", { name: "Fix boundaries of sentence 4" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Fix boundaries of sentence 5" })).toHaveCount(0);
  await page.evaluate(() => ((window as unknown as { neverReloaded: boolean }).neverReloaded = true));

  const colleague = await createTestActor("editor");
  const lavrov = segments.find((segment) => segment.mtText.startsWith("Lavrov"))!;
  await splitSegment({ actor: colleague, segmentId: lavrov.id, version: lavrov.version, at: "Lavrov spoke ".length });
  await expect(page.getByRole("button", { name: "Fix boundaries of sentence 5" })).toBeVisible();
  expect(await neverReloaded(page)).toBe(true);
});

test("in the workspace, a colleague's split shows as a new sentence and in the toolbar's count without reloading", async ({ page, login }) => {
  const { id, segments } = await importArticle();
  await login("editor");
  await openDocument(page, id);
  await expect(page.getByText(/^4 segments ·/)).toBeVisible();
  await expect(page.locator("html[data-live=open]")).toBeAttached();
  const lavrov = segments.find((segment) => segment.mtText.startsWith("Lavrov"))!;
  await splitSegment({ actor: await createTestActor("editor"), segmentId: lavrov.id, version: lavrov.version, at: "Lavrov spoke ".length });
  await expect(sentence(page, 5)).toBeVisible();
  await expect(page.getByText(/^5 segments ·/)).toBeVisible();
  expect(await neverReloaded(page)).toBe(true);
});

test("a colleague who signs out leaves their sentence at once, not after the presence expiry", async ({ page, login, browser, secondServer }) => {
  const { reviewer: colleague } = await editorAndReviewer({ page, login, browser, secondServer });
  await sentence(page, 2).click();
  await expect(sentence(colleague.page, 2)).toHaveAccessibleName(/open by Test editor$/);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(sentence(colleague.page, 2)).toHaveAccessibleName(/^Sentence 2: new$/, { timeout: 10_000 });
  await colleague.context.close();
});

test("when the session ends, the page says its person is signed out instead of going quietly stale", async ({ page, login }) => {
  const { id } = await importArticle();
  const editor = await login("editor");
  await openDocument(page, id);
  await expect(page.locator("html[data-live=open]")).toBeAttached();
  await expect(page.getByRole("alert").filter({ hasText: "You are signed out" })).toHaveCount(0);
  await setUserActive({ actor: await createTestActor("admin"), userId: editor.id, active: false });
  await expect(page.getByRole("alert").filter({ hasText: "You are signed out" })).toBeVisible();
  await page.getByRole("button", { name: "Sign in again" }).click();
  await expect(page).toHaveURL(/\/sign-in\?next=/);
});

test("when a proxy fails the live stream, the page says the connection was lost and retries (not that the session ended), then is live again", async ({ page, login }) => {
  const { id } = await importArticle();
  await login("editor");
  const stream = /\/documents\/\d+\/live/;
  await page.route(stream, (route) => route.fulfill({ status: 502, contentType: "text/html", body: "<h1>502 Bad Gateway</h1>" }));
  await page.goto(`/documents/${id}`);
  const notice = page.getByRole("alert").filter({ hasText: "Lost the connection to the server" });
  await expect(notice).toContainText("retrying");
  await expect(notice).not.toContainText(/session|signed out/);
  await page.unroute(stream);
  await expect(page.locator("html[data-live=open]")).toBeAttached();
  await expect(notice).toHaveCount(0);
});

test("a finding a colleague keeps as a flag leaves the open sentence's checks and its marker, and the flag appears, without reloading", async ({ page, login, browser, secondServer }) => {
  const { reviewer: colleague } = await editorAndReviewer({ page, login, browser, secondServer });
  const marker = colleague.page.locator("#segment-2 [data-finding-count]");
  await expect(marker).toBeVisible();
  const before = Number(await marker.getAttribute("data-finding-count"));
  await sentence(colleague.page, 2).click();
  await expect(panel(colleague.page).getByRole("heading", { name: `Checks (${before})` })).toBeVisible();

  await sentence(page, 2).click();
  await panel(page).getByRole("button", { name: "Keep as flag: “borrowed an hour” (mt-pattern)" }).click();

  await expect(panel(colleague.page).getByRole("heading", { name: `Checks (${before - 1})` })).toBeVisible();
  await expect(panel(colleague.page).getByRole("list", { name: "Flags on this sentence" })).toContainText("borrowed an hour");
  if (before === 1) await expect(marker).toHaveCount(0);
  else await expect(marker).toHaveAttribute("data-finding-count", String(before - 1));
  expect(await neverReloaded(colleague.page)).toBe(true);
  await colleague.context.close();
});
