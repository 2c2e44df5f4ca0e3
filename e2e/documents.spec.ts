import { test, expect, SEED_TITLE, uniqueTitle, createDocument } from "./fixtures";

test("the list shows the seed article, which reads with its headings and numbered sentences", async ({ page, login }) => {
  await login("editor");
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Documents" })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: SEED_TITLE }).first();
  await expect(row).toBeVisible();
  await row.getByRole("link", { name: SEED_TITLE }).click();

  await expect(page).toHaveURL(/\/documents\/\d+$/);
  await expect(page.getByRole("article").getByRole("heading", { level: 1 })).toContainText("Different dreams in one Geneva | Latest news The Moscow Post");
  await expect(page.getByRole("heading", { level: 2, name: /Position of the USA/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /Position of Russia/ })).toBeVisible();
  await expect(page.getByText("05 December 2023")).toBeVisible();
  const sentence = page.locator("[id^=segment-]").filter({ hasText: "U.S. Secretary of State Anthony Blinken" });
  await expect(sentence).toHaveCount(1);
  await expect(sentence).toContainText("In Geneva at the initiative of the American side");
});

test("a pasted text is imported and shown segmented", async ({ page, login }) => {
  await login("admin");
  const title = uniqueTitle("Pasted");
  await page.goto("/documents/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Paste the machine-translated text").fill("Talks in Geneva\n\nThe meeting borrowed an hour and a half. Mr. Lavrov said nothing.\n");
  await page.getByRole("button", { name: "Import" }).click();

  await expect(page).toHaveURL(/\/documents\/\d+$/);
  await expect(page.getByRole("article").getByRole("heading", { level: 1 })).toContainText("Talks in Geneva");
  await expect(page.getByLabel("Sentence 2")).toBeVisible();
  await expect(page.locator("#segment-2")).toContainText("The meeting borrowed an hour and a half.");
  await expect(page.locator("#segment-3")).toContainText("Mr. Lavrov said nothing.");

  await page.goto("/");
  await expect(page.getByRole("row").filter({ hasText: title })).toContainText("3");
});

test("bad input gets a clear message and stores nothing", async ({ page, login }) => {
  await login("admin");
  const title = uniqueTitle("Empty");
  await page.goto("/documents/new");
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("empty");

  await page.getByLabel(/upload a UTF-8/).setInputFiles({ name: "latin1.txt", mimeType: "text/plain", buffer: Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x2e]) });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("not UTF-8");

  await page.goto("/");
  await expect(page.getByRole("row").filter({ hasText: title })).toHaveCount(0);
});

test("an unknown document shows the not-found page", async ({ page, login }) => {
  await login("reviewer");
  const response = await page.goto("/documents/999999999");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});

test("an editor splits a sentence and merges it back with the keyboard", async ({ page, login }) => {
  await login("editor");
  const id = await createDocument(uniqueTitle("Boundaries"), "Talks\n\nThe meeting borrowed an hour and a half and took place in Prezident hotel. Lavrov spoke.\n");
  await page.goto(`/documents/${id}`);

  await page.getByRole("link", { name: "Fix sentence boundaries" }).click();
  const opener = page.getByRole("button", { name: "Fix boundaries of sentence 2" });
  await opener.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Sentence 2" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Split point: …and a half | and took place…" }).press("Enter");
  await dialog.getByRole("button", { name: "Split at the chosen point" }).press("Enter");
  await expect(dialog).toBeHidden();
  await expect(page.locator("#segment-2 > .mt")).toHaveText("The meeting borrowed an hour and a half");
  await expect(page.locator("#segment-3 > .mt")).toHaveText("and took place in Prezident hotel.");
  await expect(page.locator("#segment-4")).toContainText("Lavrov spoke.");

  await page.getByRole("button", { name: "Fix boundaries of sentence 2" }).press("Enter");
  await page.getByRole("dialog", { name: "Sentence 2" }).getByRole("button", { name: "Merge with the next sentence" }).press("Enter");
  await expect(page.locator("#segment-2")).toContainText("The meeting borrowed an hour and a half and took place in Prezident hotel.");
  await expect(page.locator("#segment-4")).toHaveCount(0);
});

test("the boundaries mode explains itself, and a click between two words splits the sentence there", async ({ page, login }) => {
  await login("editor");
  const id = await createDocument(uniqueTitle("Split by click"), "Talks\n\nThe meeting borrowed an hour and a half and took place in Prezident hotel. Lavrov spoke.\n");
  await page.goto(`/documents/${id}`);
  await page.getByRole("link", { name: "Fix sentence boundaries" }).click();
  await expect(page.getByText(/split it by clicking between two words, or merge it with the next sentence/)).toBeVisible();

  await page.getByRole("button", { name: "Fix boundaries of sentence 2" }).click();
  const dialog = page.getByRole("dialog", { name: "Sentence 2" });
  await expect(dialog).toContainText("Click between two words where the first sentence should end");
  await expect(dialog.getByRole("button", { name: "Split at the chosen point" })).toBeDisabled();
  // The split point sits in the text, between "half" and "and".
  const point = dialog.getByRole("button", { name: "Split point: …and a half | and took place…" });
  await expect(point).toBeVisible();
  await point.click();
  await expect(point).toHaveAttribute("aria-pressed", "true");
  await dialog.getByRole("button", { name: "Split at the chosen point" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator("#segment-2 > .mt")).toHaveText("The meeting borrowed an hour and a half");
  await expect(page.locator("#segment-3 > .mt")).toHaveText("and took place in Prezident hotel.");
});

test("the import form says what is wrong in the reader's words, next to the field", async ({ page, login }) => {
  await login("admin");
  await page.goto("/documents/new");
  const main = page.getByRole("main");
  await page.getByLabel("Paste the machine-translated text").fill("Lavrov spoke first.");
  await page.getByRole("button", { name: "Import" }).click();
  await expect(main.getByRole("alert")).toHaveText("Give the document a title.");
  await expect(page.getByLabel("Title")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Title").fill(uniqueTitle("Bad language"));
  await page.getByLabel("Target language").fill("english!");
  await page.getByRole("button", { name: "Import" }).click();
  await expect(main.getByRole("alert")).toHaveText("Use a BCP 47 language code such as en or en-GB.");
  await expect(page.getByLabel("Target language")).toHaveAttribute("aria-invalid", "true");

  // A chosen file of 0 bytes is a file, and an empty one: not "no file", which would ask for a title.
  await page.goto("/documents/new");
  await page.getByLabel(/upload a UTF-8/).setInputFiles({ name: "blank.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(main.getByRole("alert")).toHaveText("The text is empty: there is nothing to import.");
});

test("an admin importing into a document that does not exist, or with a file that is not XLIFF, is told so", async ({ page, login }) => {
  await login("admin");
  const id = await createDocument(uniqueTitle("Into"), "Lavrov spoke first.\n");
  await page.goto("/documents/new");
  const main = page.getByRole("main");
  const xliff = '<?xml version="1.0"?>\n<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="ru" trgLang="en"><file id="f"><unit id="s1"><segment><source>a</source><target>b</target></segment></unit></file></xliff>\n';
  await page.getByLabel(/upload a UTF-8/).setInputFiles({ name: "edited.xlf", mimeType: "application/xliff+xml", buffer: Buffer.from(xliff) });
  await page.getByLabel(/Into document/).fill("2000000000");
  await page.getByRole("button", { name: "Import" }).click();
  await expect(main.getByRole("alert")).toHaveText("There is no document 2000000000.");
  // Said next to the field it is about.
  const into = page.getByLabel(/Into document/);
  await expect(into).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator(`#${await into.getAttribute("aria-describedby")}`)).toHaveText("There is no document 2000000000.");

  await page.getByLabel(/upload a UTF-8/).setInputFiles({ name: "edited.tsv", mimeType: "text/tab-separated-values", buffer: Buffer.from("source\ttarget\na\tb\n") });
  await page.getByLabel(/Into document/).fill(String(id));
  await page.getByRole("button", { name: "Import" }).click();
  await expect(main.getByRole("alert")).toHaveText("Only an XLIFF file can update a document; this file reads as TSV.");
});

test("an admin importing an edited XLIFF file into its document is told how many proposals it made, none too", async ({ page, login }) => {
  await login("admin");
  const id = await createDocument(uniqueTitle("Into, told"), "Lavrov spoke first.\n");
  const xliff = await (await page.request.get(`/documents/${id}/export/xliff`)).text();
  const edited = xliff.replace("<target>Lavrov spoke first.</target>", "<target>Lavrov spoke first, briefly.</target>");
  // The same file twice: the second time its target is the sentence's open proposal already.
  for (const [file, told] of [
    [edited, `1 new proposal in document ${id}, from the file's 1 unit.`],
    [edited, `No new proposal in document ${id}: every target of the file's 1 unit is already the sentence's text.`],
  ] as const) {
    await page.goto("/documents/new");
    await page.getByLabel(/upload a UTF-8/).setInputFiles({ name: "edited.xlf", mimeType: "application/xliff+xml", buffer: Buffer.from(file) });
    await page.getByLabel(/Into document/).fill(String(id));
    await page.getByRole("button", { name: "Import" }).click();
    const status = page.getByRole("main").getByRole("status");
    await expect(status).toContainText(told);
    await status.getByRole("link", { name: "Open the document" }).click();
    await expect(page).toHaveURL(new RegExp(`/documents/${id}$`));
  }
});
