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
