import { test, expect, uniqueTitle } from "./fixtures";

const MT = "Talks in Geneva\n\nThe meeting lasted an hour and a half. It took place in the Hotel President. Lavrov spoke first.\n";
const SOURCE = "Переговоры в Женеве\n\nВстреча продлилась полтора часа. Она прошла в отеле «Президент». Первым выступил Лавров.\n";

test("a Russian source imported with its English MT shows above it, toggles, and can be relinked", async ({ page, login }) => {
  await login("admin");
  await page.goto("/documents/new");
  await page.getByLabel("Title").fill(uniqueTitle("Bilingual"));
  await page.getByLabel(/upload a UTF-8/).setInputFiles({ name: "talks-en.txt", mimeType: "text/plain", buffer: Buffer.from(MT) });
  await page.getByLabel(/Source file/).setInputFiles({ name: "talks-ru.txt", mimeType: "text/plain", buffer: Buffer.from(SOURCE) });
  await page.getByLabel("Source language").fill("ru");
  await page.getByLabel("Target language").fill("en");
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page).toHaveURL(/\/documents\/\d+$/);
  await expect(page.locator("[data-workspace-ready]")).toBeVisible();

  // The panel shows the source above the MT, in its own language and direction.
  await page.getByRole("button", { name: /^Sentence 3:/ }).click();
  const panel = page.getByRole("complementary");
  await expect(panel.getByRole("heading", { name: "Editing sentence 3" })).toBeVisible();
  const source = panel.getByLabel("Source").locator(".source");
  await expect(source).toHaveText("Она прошла в отеле «Президент».");
  await expect(source).toHaveAttribute("lang", "ru");
  await expect(source).toHaveAttribute("dir", "ltr");
  const sourceBox = (await panel.getByLabel("Source").boundingBox())!;
  const mtBox = (await panel.getByText("It took place in the Hotel President.").first().boundingBox())!;
  expect(sourceBox.y).toBeLessThan(mtBox.y);
  await panel.getByRole("button", { name: /^Close/ }).click();

  // The document view toggles source, MT or both, and keeps the choice.
  const group = page.locator("#segment-3");
  await expect(group.locator(".source")).toHaveText("Она прошла в отеле «Президент».");
  await expect(group.locator(".mt")).toHaveText("It took place in the Hotel President.");
  await page.getByRole("radio", { name: "Source" }).check();
  await expect(group.locator(".mt")).toHaveCount(0);
  await expect(group.locator(".source")).toBeVisible();
  await page.getByRole("radio", { name: "MT" }).check();
  await expect(group.locator(".source")).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("radio", { name: "MT" })).toBeChecked();
  await expect(page.locator("#segment-3 .source")).toHaveCount(0);
  await page.getByRole("radio", { name: "Both" }).check();

  // Hovering a source sentence lights its whole group.
  const before = await group.evaluate((element) => getComputedStyle(element).backgroundColor);
  await group.locator(".source").hover();
  await expect.poll(() => group.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe(before);

  // Relink: group 3 joins group 2, then comes apart again.
  await page.getByRole("link", { name: "Fix sentence boundaries" }).click();
  await page.getByRole("button", { name: "Fix boundaries of sentence 3" }).click();
  const dialog = page.getByRole("dialog", { name: "Sentence 3" });
  await expect(dialog.locator(".source")).toHaveText("Она прошла в отеле «Президент».");
  await dialog.getByRole("button", { name: "Link with the previous group" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator("#segment-2 > .source")).toHaveText("Встреча продлилась полтора часа. Она прошла в отеле «Президент».");
  await expect(page.locator("#segment-2 > .mt")).toHaveText("The meeting lasted an hour and a half. It took place in the Hotel President.");
  await expect(page.locator("#segment-3 > .mt")).toHaveText("Lavrov spoke first.");
  await expect(page.locator("#segment-4")).toHaveCount(0);

  await page.getByRole("button", { name: "Fix boundaries of sentence 2" }).click();
  await page.getByRole("dialog", { name: "Sentence 2" }).getByRole("button", { name: "Unlink" }).click();
  await expect(page.locator("#segment-3 > .source")).toHaveText("Она прошла в отеле «Президент».");
  await expect(page.locator("#segment-3 > .mt")).toHaveText("It took place in the Hotel President.");
  await expect(page.locator("#segment-4 > .mt")).toHaveText("Lavrov spoke first.");
});
