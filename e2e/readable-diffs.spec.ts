import type { Locator } from "@playwright/test";
import { createTestActor } from "../tests/factories";
import { importSample, propose } from "../tests/permission-fixtures";
import { MAX_SEGMENT_TEXT } from "../lib/validations/proposal";
import { test, expect } from "./fixtures";

const box = async (locator: Locator) => (await locator.boundingBox())!;

test("a review diff sets a replaced word apart from its replacement and frames an inserted comma", async ({ page, login }) => {
  test.slow();
  const { id, title, segments } = await importSample("Readable diff");
  const editor = await createTestActor("editor");
  // "Prezident" -> "President," : a word replaced by another glued to a comma; "hotel" -> "Hotel" replaced.
  await propose(editor, segments[1].id, "The meeting borrowed an hour and a half, and took place in Alpha hotel. Lavrov spoke.");
  await login("reviewer");
  await page.goto(`/review?document=${id}`);
  const card = page.getByRole("article", { name: new RegExp(`for ${title}, sentence 2$`) });
  const diff = card.getByRole("group", { name: "Proposal against the MT" });
  const deleted = diff.locator("del", { hasText: "Prezident" });
  const inserted = diff.locator("ins", { hasText: "Alpha" });
  await expect(deleted).toBeVisible();
  await expect(inserted).toBeVisible();
  const [gone, come] = [await box(deleted), await box(inserted)];
  // A visible gap between the struck-out word and the new one: they no longer read as "PrezidentAlpha".
  expect(come.x - (gone.x + gone.width)).toBeGreaterThanOrEqual(3);

  const comma = diff.locator("ins", { hasText: /^\[inserted: ,\]$/ });
  await expect(comma).toBeVisible();
  // A framed mark at least as wide as a letter, not the three pixels of a bare comma.
  expect((await box(comma)).width).toBeGreaterThanOrEqual(9);
  expect(await comma.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe("none");
});

test("the proposal box grows with its text, is not bold and tells the length left before the limit", async ({ page, login }) => {
  test.slow();
  const { id } = await importSample("Proposal box");
  await login("editor");
  await page.goto(`/documents/${id}`);
  await page.getByRole("button", { name: /^Sentence 2:/ }).click();
  const box = page.getByRole("textbox", { name: "Your proposal" });
  await expect(box).toBeVisible();
  expect(await box.evaluate((element) => getComputedStyle(element).fontWeight)).toBe("400");
  const before = await box.evaluate((element) => element.clientHeight);

  await box.fill(Array.from({ length: 20 }, (_, i) => `Line ${i + 1} of a long correction that wraps.`).join("\n"));
  const after = await box.evaluate((element) => ({ height: element.clientHeight, content: element.scrollHeight }));
  expect(after.height).toBeGreaterThan(before);
  // All of the text is in view inside the box: it grew rather than scrolling.
  expect(after.content).toBeLessThanOrEqual(after.height + 1);
  await expect(page.getByText(/characters left/)).toHaveCount(0);

  await box.fill("x".repeat(MAX_SEGMENT_TEXT - 40));
  await expect(page.getByText("40 characters left")).toBeVisible();
  await box.fill("x".repeat(MAX_SEGMENT_TEXT + 5));
  await expect(page.getByText(`5 characters over the limit of ${MAX_SEGMENT_TEXT.toLocaleString("en")}`)).toBeVisible();
});
