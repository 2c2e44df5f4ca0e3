import { getDb } from "../lib/db";
import { mergeWithNext } from "../lib/server/segments/merge-segments";
import { createTestActor } from "../tests/factories";
import { importSample, propose } from "../tests/permission-fixtures";
import { test, expect } from "./fixtures";

test("an unsaved draft survives a colleague's save of the sentence: the reload shows it, and submitting it shows both texts", async ({ page, login }) => {
  const { id, segments } = await importSample("Drafts");
  await login("editor");
  await page.goto(`/documents/${id}`);
  await page.getByRole("button", { name: /^Sentence 2:/ }).click();
  const panel = page.getByRole("complementary");
  const mine = "The meeting lasted ninety minutes in the Hotel President.";
  await panel.getByLabel("Your proposal").fill(mine);

  await propose(await createTestActor("editor"), segments[1].id, "The meeting lasted an hour and a half.");
  await page.reload();
  await expect(panel.getByLabel("Your proposal")).toHaveValue(mine);
  await expect(panel.getByRole("status").filter({ hasText: "Your unsaved draft was restored" })).toContainText("changed since");

  await panel.getByRole("button", { name: "Submit proposal" }).click();
  const conflict = panel.getByRole("alert").filter({ hasText: "Someone saved this sentence" });
  await expect(conflict.getByRole("group", { name: "Their text against yours" })).toBeVisible();
  await conflict.getByRole("button", { name: "Submit mine on top" }).click();
  await expect(panel.getByText("Proposal submitted.")).toBeVisible();
  await expect(panel.getByRole("list", { name: "Proposals for this sentence" }).getByRole("listitem")).toHaveCount(2);
});

test("a colleague merges the open sentence into the one before it: the editor is told, the merged sentence opens, and the unsaved draft is given back", async ({ page, login }) => {
  const { id, segments } = await importSample("Merged under me");
  await login("editor");
  await page.goto(`/documents/${id}`);
  await page.getByRole("button", { name: /^Sentence 3:/ }).click();
  const panel = page.getByRole("complementary");
  await panel.getByLabel("Your proposal").fill("Lavrov was the first to speak.");
  await expect(panel.getByRole("heading", { name: "Editing sentence 3" })).toBeVisible();

  const { version } = await getDb().segment.findUniqueOrThrow({ where: { id: segments[1].id }, select: { version: true } });
  await mergeWithNext({ actor: await createTestActor("editor"), segmentId: segments[1].id, version });

  const notice = page.getByRole("alert").filter({ hasText: "merged the sentence you had open" });
  await expect(notice).toContainText("into sentence 2, which is open now");
  await expect(notice).toContainText("Lavrov was the first to speak.");
  await expect(panel.getByRole("heading", { name: "Editing sentence 2" })).toBeVisible();
  await expect(panel.getByLabel("Your proposal")).toHaveValue(/borrowed an hour and a half.*Lavrov spoke\./);
});
