import { readFileSync } from "node:fs";
import { test, expect, uniqueTitle } from "./fixtures";

const XLIFF = readFileSync("tests/fixtures/cat/okapi-1.2.xlf");

// An import and a page render on a shared, busy machine can take longer than the default 30 s together.
test.describe.configure({ timeout: 120_000 });

test("an XLIFF file imported on the web shows its source and placeholders, and a proposal losing one is refused by name", async ({ page, login }) => {
  await login("admin", "editor");
  await page.goto("/documents/new");
  await page.getByLabel("Title").fill(uniqueTitle("XLIFF"));
  await page.getByLabel(/upload a UTF-8 file/).setInputFiles({ name: "geneva.xlf", mimeType: "application/xliff+xml", buffer: XLIFF });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page).toHaveURL(/\/documents\/\d+$/, { timeout: 60_000 });
  await expect(page.locator("[data-workspace-ready]")).toBeVisible();
  await expect(page.getByText("4 segments · ru-RU → en-US")).toBeVisible();

  // The file's translate="no" unit and notes are shown, read-only.
  await page.getByText(/From the XLIFF 1\.2 file geneva\.xlf \(read-only\)/).click();
  await expect(page.getByRole("table", { name: "Parts that are not translated here" })).toContainText("© ТАСС, 2022");
  await expect(page.getByRole("table", { name: "Notes in the file" })).toContainText("Headline: keep it short.");

  await page.getByRole("button", { name: /^Sentence 1:/ }).click();
  const panel = page.getByRole("complementary");
  await expect(panel.getByLabel("Source").locator(".source")).toHaveText("Разные сны в одной ⟦1⟧Женеве⟦/1⟧");
  const draft = panel.getByLabel("Your proposal");
  await expect(draft).toHaveValue("Different dreams in one ⟦1⟧Geneva⟦/1⟧");

  await draft.fill("Different dreams in one ⟦1⟧Geneva");
  await panel.getByRole("button", { name: "Submit proposal" }).click();
  await expect(panel.getByText('The proposal is missing the placeholder ⟦/1⟧ (</g>); move placeholders, never delete them.')).toBeVisible();

  await draft.fill("Two dreams in ⟦1⟧one Geneva⟦/1⟧");
  await panel.getByRole("button", { name: "Submit proposal" }).click();
  await expect(panel.getByText("Proposal submitted.")).toBeVisible();
});
