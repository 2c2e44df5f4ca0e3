import type { Page } from "@playwright/test";
import { getDb } from "../lib/db";
import type { Role } from "../lib/generated/prisma/enums";
import { test, expect, createDocument, uniqueTitle } from "./fixtures";

const NAMES = [
  "Talks in Geneva",
  "Sergey Lavrov met Blinken in Geneva. The meeting borrowed an hour and a half.",
  "Sergey Lavrov spoke to the press. Blinken answered Sergey Lavrov.",
  "Later Sergei Lavrov left first.",
].join("\n\n") + "\n";

/** The document's find-and-replace dialog, opened as an editor. */
async function openFindReplace(page: Page, login: (...roles: Role[]) => Promise<unknown>, documentId: number) {
  await login("editor");
  await page.goto(`/documents/${documentId}`);
  await page.getByRole("button", { name: "Find and replace" }).click();
  return page.getByRole("dialog", { name: "Find and replace" });
}

const openTexts = (documentId: number) =>
  getDb().proposal.findMany({ where: { segment: { documentId }, state: "open" }, orderBy: { segment: { order: "asc" } }, select: { text: true, segment: { select: { order: true } } } });

test("an editor fixes a name spelled two ways across the document in one step", async ({ page, login }) => {
  test.slow();
  const id = await createDocument(uniqueTitle("Two spellings"), NAMES);
  await login("editor");
  await page.goto(`/documents/${id}`);
  await page.getByRole("button", { name: /^Sentence 2:/ }).click();
  await page.getByLabel("Your proposal").fill("Sergei Lavrov met Blinken in Geneva.");
  await page.getByRole("button", { name: "Submit proposal" }).click();

  const offer = page.getByRole("region", { name: /You replaced “Sergey” with “Sergei” in sentence 2: apply to 2 other sentences/ });
  // The offer comes after the save and a second request: give a busy machine time.
  await expect(offer).toBeVisible({ timeout: 20_000 });
  await expect(offer.getByRole("group", { name: "Sentence 4: changes" })).toContainText("[deleted: Sergey][inserted: Sergei] Lavrov spoke");
  await expect(offer.getByRole("group", { name: "Sentence 5: changes" })).toContainText("answered [deleted: Sergey][inserted: Sergei] Lavrov");
  // Sentence 6 already spells it "Sergei": it is not offered.
  await expect(offer.getByRole("group", { name: /^Sentence 6/ })).toHaveCount(0);
  await offer.getByRole("button", { name: "Apply to 2 other sentences" }).click();
  await expect(offer.getByRole("status").filter({ hasText: "Proposed for 2 sentences" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Sentence 4: proposed/ })).toBeVisible();

  expect((await openTexts(id)).map((proposal) => proposal.text)).toEqual([
    "Sergei Lavrov met Blinken in Geneva.",
    "Sergei Lavrov spoke to the press.",
    "Blinken answered Sergei Lavrov.",
  ]);
});

test("find and replace previews every change, leaves out a deselected sentence, and refuses a bad regex", async ({ page, login }) => {
  test.slow();
  const id = await createDocument(uniqueTitle("Find and replace"), NAMES);
  const dialog = await openFindReplace(page, login, id);

  await dialog.getByLabel("Find", { exact: true }).fill("(Sergey");
  await dialog.getByLabel("Regular expression").check();
  await dialog.getByRole("button", { name: "Preview changes" }).click();
  await expect(dialog.getByRole("alert")).toHaveText(/This regular expression is not valid: missing closing \)/);

  await dialog.getByLabel("Find", { exact: true }).fill("Serge[iy] (Lavrov)");
  await dialog.getByLabel("Replace with").fill("Minister $1");
  await dialog.getByRole("button", { name: "Preview changes" }).click();
  const preview = dialog.getByRole("group", { name: "Sentences to change" });
  await expect(preview.getByRole("status")).toHaveText("4 of 4 sentences selected");
  await expect(preview.getByRole("group", { name: "Sentence 6: changes" })).toContainText("Later [deleted: Sergei][inserted: Minister] Lavrov left first.");
  await preview.getByRole("checkbox", { name: "Sentence 6" }).uncheck();
  await dialog.getByRole("button", { name: "Propose for 3 sentences" }).click();
  await expect(dialog.getByRole("status")).toHaveText("Proposed for 3 sentences; a reviewer approves them as usual.");

  expect(await openTexts(id)).toEqual([
    { text: "Minister Lavrov met Blinken in Geneva.", segment: { order: 2 } },
    { text: "Minister Lavrov spoke to the press.", segment: { order: 4 } },
    { text: "Blinken answered Minister Lavrov.", segment: { order: 5 } },
  ]);
});

test("find and replace shows, before anything is applied, a sentence it would leave alone because the change brings in an error", async ({ page, login }) => {
  const id = await createDocument(uniqueTitle("Held change"), NAMES);
  const dialog = await openFindReplace(page, login, id);
  await dialog.getByLabel("Find", { exact: true }).fill("spoke");
  await dialog.getByLabel("Replace with").fill("spoke spoke");
  await dialog.getByRole("button", { name: "Preview changes" }).click();
  const preview = dialog.getByRole("group", { name: "Sentences to change" });
  await expect(preview.getByRole("status")).toHaveText("0 of 1 sentence selected");
  const held = preview.getByRole("checkbox", { name: /^Sentence 4 \(left alone: it would bring in an error the checks report\)$/ });
  await expect(held).toBeDisabled();
  await expect(held).not.toBeChecked();
  await preview.getByRole("button", { name: "Select all" }).click();
  await expect(preview.getByRole("status")).toHaveText("0 of 1 sentence selected");
  expect(await openTexts(id)).toEqual([]);
});

test("keyboard only: applying an offer leaves the focus on its Close button, and applying a find and replace on the dialog's message", async ({ page, login }) => {
  const id = await createDocument(uniqueTitle("Offer by keyboard"), NAMES);
  const dialog = await openFindReplace(page, login, id);
  await dialog.getByLabel("Find", { exact: true }).fill("Blinken");
  await dialog.getByLabel("Replace with").fill("Antony Blinken");
  await dialog.getByLabel("Find", { exact: true }).press("Enter");
  const propose = dialog.getByRole("button", { name: "Propose for 2 sentences" });
  await propose.focus();
  await page.keyboard.press("Enter");
  await expect(dialog.getByRole("status").filter({ hasText: "Proposed for 2 sentences" })).toBeFocused();
  await page.keyboard.press("Escape");

  await page.getByRole("button", { name: /^Sentence 4:/ }).click();
  await page.getByLabel("Your proposal").fill("Sergei Lavrov spoke to the press.");
  await page.getByLabel("Your proposal").press("Control+Enter");
  const offer = page.getByRole("region", { name: /You replaced “Sergey” with “Sergei”/ });
  await expect(offer).toBeVisible({ timeout: 20_000 });
  await offer.getByRole("button", { name: /^Apply to/ }).focus();
  await page.keyboard.press("Enter");
  await expect(offer.getByRole("status")).toContainText("Proposed for");
  await expect(offer.getByRole("button", { name: "Close" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(offer).toHaveCount(0);
  await expect(page.getByRole("heading", { name: /^Editing sentence \d+$/ })).toBeFocused();
});
