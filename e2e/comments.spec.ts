import type { Page } from "@playwright/test";
import { getDb } from "../lib/db";
import { createComment } from "../lib/server/comments/create-comment";
import { createTestActor } from "../tests/factories";
import { createDocument, expect as baseExpect, openAs, test, uniqueTitle } from "./fixtures";

// Two browsers on two app servers: each step waits on another server's work as well as this one's.
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

const ARTICLE = "Talks in Geneva\n\nThe meeting borrowed an hour and a half. Lavrov spoke in Prezident hotel. These include Bulgaria and Romania.\n";

const sentence = (page: Page, order: number) => page.getByRole("button", { name: new RegExp(`^Sentence ${order}:`) });
const panel = (page: Page) => page.getByRole("complementary");
const sentenceComments = (page: Page) => panel(page).getByRole("list", { name: "Comments on this sentence" });

async function openDocument(page: Page, id: number) {
  await page.goto(`/documents/${id}`);
  await expect(page.locator("[data-workspace-ready]")).toBeVisible();
  await page.evaluate(() => ((window as unknown as { neverReloaded: boolean }).neverReloaded = true));
}

const neverReloaded = (page: Page) => page.evaluate(() => (window as unknown as { neverReloaded?: boolean }).neverReloaded === true);

test("two people on two app servers see each other's comments and resolution without reloading", async ({ page, login, browser, secondServer }) => {
  const title = uniqueTitle("Comments");
  const id = await createDocument(title, ARTICLE);
  await login("editor");
  const reviewer = await openAs(browser, secondServer, "reviewer");
  await openDocument(page, id);
  await openDocument(reviewer.page, id);
  await sentence(reviewer.page, 2).click();
  await expect(panel(reviewer.page).getByRole("heading", { name: "Comments (0)" })).toBeVisible();

  await sentence(page, 2).click();
  await panel(page).getByLabel("Comment on this sentence (@ to mention someone)").fill("Is “borrowed” the right verb?");
  await panel(page).getByRole("button", { name: "Add comment" }).click();
  await expect(panel(page).getByRole("status").filter({ hasText: "Comment added." })).toBeVisible();

  await expect(sentenceComments(reviewer.page)).toContainText("Is “borrowed” the right verb?");
  await expect(sentenceComments(reviewer.page)).toContainText("Test editor");
  await panel(reviewer.page).getByLabel("Comment on this sentence (@ to mention someone)").fill("No: “lasted”.");
  await panel(reviewer.page).getByRole("button", { name: "Add comment" }).click();
  await expect(sentenceComments(page).getByRole("listitem")).toHaveCount(2);
  await expect(sentenceComments(page)).toContainText("No: “lasted”.");

  await panel(reviewer.page).getByRole("button", { name: "Resolve thread" }).click();
  await expect(panel(page).getByText(/^Resolved by Test reviewer/)).toBeVisible();
  await expect(panel(page).getByRole("button", { name: "Reopen thread" })).toBeVisible();

  // The document's own thread, on the other server's page.
  const documentThread = reviewer.page.getByRole("group").filter({ hasText: "Comments on the document" });
  await documentThread.getByText("Comments on the document").click();
  await documentThread.getByLabel("Comment on the document (@ to mention someone)").fill("Please finish by Friday.");
  await documentThread.getByRole("button", { name: "Add comment" }).click();
  await page.getByText("Comments on the document").click();
  await expect(page.getByRole("list", { name: "Comments on the document" })).toContainText("Please finish by Friday.");

  expect(await neverReloaded(page)).toBe(true);
  expect(await neverReloaded(reviewer.page)).toBe(true);
  await reviewer.context.close();
});

test("a mention reaches its person on another server: the header count, the notification, mark read", async ({ page, login, browser, secondServer }) => {
  const title = uniqueTitle("Mention");
  const id = await createDocument(title, ARTICLE);
  await login("editor");
  const reviewer = await openAs(browser, secondServer, "reviewer");
  await reviewer.page.goto("/");
  await expect(reviewer.page.locator("html[data-live=open]")).toBeAttached();
  await expect(reviewer.page.getByRole("link", { name: "Notifications", exact: true })).toBeVisible();
  await reviewer.page.evaluate(() => ((window as unknown as { neverReloaded: boolean }).neverReloaded = true));

  await openDocument(page, id);
  await sentence(page, 3).click();
  const box = panel(page).getByLabel("Comment on this sentence (@ to mention someone)");
  await box.pressSequentially(`Could @${reviewer.actor.email.split("@")[0]}`);
  // Every test reviewer is called "Test reviewer", so the suggestion writes the email, which names one person.
  await panel(page).getByRole("option", { name: new RegExp(reviewer.actor.email.replace(/[.+]/g, "\\$&")) }).click();
  await expect(box).toHaveValue(`Could @${reviewer.actor.email} `);
  await box.pressSequentially("check the hotel's name?");
  await panel(page).getByRole("button", { name: "Add comment" }).click();
  await expect(panel(page).getByRole("status").filter({ hasText: "Comment added. Notified Test reviewer." })).toBeVisible();

  const link = reviewer.page.getByRole("link", { name: "Notifications 1 unread" });
  await expect(link).toBeVisible();
  expect(await neverReloaded(reviewer.page)).toBe(true);
  await link.click();
  const list = reviewer.page.getByRole("list", { name: "Notifications" });
  await expect(list).toContainText(`Test editor mentioned you on sentence 3 of ${title}`);
  await expect(list).toContainText("check the hotel's name?");
  const segment = await getDb().segment.findFirstOrThrow({ where: { documentId: id, order: 3 } });
  await expect(list.getByRole("link", { name: `sentence 3 of ${title}` })).toHaveAttribute("href", `/documents/${id}?s=${segment.id}`);
  await list.getByRole("button", { name: "Mark read" }).click();
  await expect(reviewer.page.getByRole("link", { name: "Notifications", exact: true })).toBeVisible();
  await expect(list.getByRole("button", { name: "Mark read" })).toHaveCount(0);
  await reviewer.context.close();
});

test("a comment posted while the sentence's comments are loading is not lost", async ({ page, login }) => {
  const id = await createDocument(uniqueTitle("Comment while loading"), ARTICLE);
  const segment = await getDb().segment.findFirstOrThrow({ where: { documentId: id, order: 2 } });
  const colleague = await createTestActor("reviewer");
  await login("editor");
  await openDocument(page, id);
  await expect(page.locator("html[data-live=open]")).toBeAttached();
  // The thread is read before the colleague's comment, and its answer arrives after the comment's live event.
  await page.route(`**/documents/${id}/comments?segment=${segment.id}`, async (route) => {
    const before = await route.fetch();
    await createComment({ actor: colleague, documentId: id, segmentId: segment.id, body: "Posted while you were opening it." });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.fulfill({ response: before });
  });
  await sentence(page, 2).click();
  await expect(sentenceComments(page)).toContainText("Posted while you were opening it.");
  await expect(panel(page).getByRole("heading", { name: "Comments (1)" })).toBeVisible();
});
