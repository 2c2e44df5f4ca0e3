import { getDb } from "../lib/db";
import { importSample } from "../tests/permission-fixtures";
import { test, expect, openAs } from "./fixtures";

test("an editor confirms sentences' MT with one key; they count as done and a reviewer approves the confirmations in bulk", async ({ page, login, browser, baseURL }) => {
  test.slow();
  const { id, title, segments } = await importSample("Confirm MT");
  await login("editor");
  await page.goto(`/documents/${id}`);
  await page.getByRole("button", { name: /^Sentence 3:/ }).click();
  await expect(page.getByRole("heading", { name: "Editing sentence 3" })).toBeVisible();
  await page.keyboard.press("c");
  await expect(page.getByRole("button", { name: /^Sentence 3: confirmed/ })).toBeVisible();
  // Confirming moves on to the next sentence that needs work, where the key confirms again.
  await expect(page.getByRole("heading", { name: "Editing sentence 4" })).toBeVisible();
  await page.keyboard.press("c");
  await expect(page.getByRole("button", { name: /^Sentence 4: confirmed/ })).toBeVisible();
  const confirmed = await getDb().segment.findMany({ where: { id: { in: [segments[2].id, segments[3].id] } }, select: { status: true, hter: true } });
  expect(confirmed).toEqual([{ status: "confirmed", hter: 0 }, { status: "confirmed", hter: 0 }]);

  const reviewer = await openAs(browser, baseURL!, "reviewer");
  await reviewer.page.goto(`/documents/${id}/report`);
  await expect(reviewer.page.getByText(/2 MT confirmed/)).toBeVisible();

  await reviewer.page.goto(`/review?document=${id}`);
  await expect(reviewer.page.getByRole("button", { name: "Approve selected…" })).toBeEnabled();
  for (const order of [3, 4]) {
    const card = reviewer.page.getByRole("article", { name: new RegExp(`for ${title}, sentence ${order}$`) });
    await expect(card).toContainText("Confirms the MT unchanged");
    await card.getByLabel("Select").check();
  }
  await reviewer.page.getByRole("button", { name: "Approve selected…" }).click();
  await reviewer.page.getByRole("button", { name: "Approve 2" }).click();
  await expect(reviewer.page.getByText("Approved 2 proposals.")).toBeVisible();
  const approved = await getDb().segment.findMany({ where: { id: { in: [segments[2].id, segments[3].id] } }, select: { status: true, hter: true } });
  expect(approved).toEqual([{ status: "approved", hter: 0 }, { status: "approved", hter: 0 }]);
  await reviewer.context.close();
});
