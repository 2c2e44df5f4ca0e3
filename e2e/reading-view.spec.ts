import { getDb } from "../lib/db";
import { approveProposal } from "../lib/server/reviews/approve-proposal";
import { createTestActor } from "../tests/factories";
import { importSample, propose } from "../tests/permission-fixtures";
import { test, expect, TEST_PASSWORD } from "./fixtures";

const APPROVED = "The meeting lasted an hour and a half and took place in the Hotel President.";
const UNREVIEWED = "Lavrov spoke first.";

/** The sample with sentence 2 approved and sentence 3 proposed, not reviewed. */
async function workedSample(label: string) {
  const sample = await importSample(label);
  const [editor, reviewer] = await Promise.all([createTestActor("editor"), createTestActor("reviewer")]);
  const { proposalId } = await propose(editor, sample.segments[1].id, APPROVED);
  await approveProposal({ actor: reviewer, proposalId });
  await propose(editor, sample.segments[2].id, UNREVIEWED);
  return sample;
}

test("the reading view shows the corrected article, the MT and the changes, and the choice follows the person to another browser", async ({ page, login, browser, baseURL }) => {
  test.slow();
  const { id } = await workedSample("Reading view");
  const reader = await login("editor");
  await page.goto(`/documents/${id}`);
  await page.getByRole("link", { name: "Read the article" }).click();
  await expect(page).toHaveURL(new RegExp(`/documents/${id}/read$`));

  const views = page.getByRole("form", { name: "Reading view" });
  const article = page.getByRole("article");
  await expect(views.getByRole("button", { name: "Corrected" })).toHaveAttribute("aria-pressed", "true");
  // A monolingual document has no source to show.
  await expect(views.getByRole("button", { name: "Source" })).toHaveCount(0);
  await expect(article).toContainText(APPROVED);
  await expect(article.locator("mark")).toHaveText(`${UNREVIEWED} (not reviewed yet)`);
  await expect(article).toContainText("We don't intend to attack, attack or interfere.");
  await expect(article).not.toContainText("borrowed");

  await views.getByRole("button", { name: "Changes" }).click();
  await expect(views.getByRole("button", { name: "Changes" })).toHaveAttribute("aria-pressed", "true");
  await expect(article.locator("del").first()).toHaveText("[deleted: borrowed]");
  await expect(article.locator("ins").first()).toHaveText("[inserted: lasted]");

  await views.getByRole("button", { name: "MT" }).click();
  await expect(views.getByRole("button", { name: "MT" })).toHaveAttribute("aria-pressed", "true");
  await expect(article).toContainText("The meeting borrowed an hour and a half and took place in Prezident hotel. Lavrov spoke.");

  // Another device: a fresh browser, signed in as the same person, opens the same view.
  const elsewhere = await browser.newContext({ baseURL });
  const other = await elsewhere.newPage();
  const signIn = await other.request.post("/api/auth/sign-in/email", { headers: { origin: baseURL! }, data: { email: reader.email, password: TEST_PASSWORD } });
  expect(signIn.status()).toBe(200);
  await other.goto(`/documents/${id}/read`);
  await expect(other.getByRole("form", { name: "Reading view" }).getByRole("button", { name: "MT" })).toHaveAttribute("aria-pressed", "true");
  await expect(other.getByRole("article")).toContainText("borrowed an hour");
  await elsewhere.close();
});

test("a document with a source offers the source view", async ({ page, login }) => {
  test.slow();
  const { id, segments } = await importSample("Reading source");
  // Bilingual import has no use case yet: the source is written as the model stores it.
  await getDb().document.update({ where: { id }, data: { sourceText: "Переговоры в Женеве\n\nВстреча длилась полтора часа." } });
  await getDb().segment.update({ where: { id: segments[0].id }, data: { sourceText: "Переговоры в Женеве" } });
  await getDb().segment.update({ where: { id: segments[1].id }, data: { sourceText: "Встреча длилась полтора часа." } });
  await login("reviewer");
  await page.goto(`/documents/${id}/read`);
  const views = page.getByRole("form", { name: "Reading view" });
  await views.getByRole("button", { name: "Source" }).click();
  await expect(views.getByRole("button", { name: "Source" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("article")).toContainText("Встреча длилась полтора часа.");
  await expect(page.getByRole("article")).toHaveAttribute("lang", "ru");
});
