import { createTestActor } from "../tests/factories";
import { approveText, importSentences, uniqueWord } from "../tests/tm-fixtures";
import { test, expect } from "./fixtures";

test("a sentence approved in one document is a TM match in another's panel, and Ctrl+Shift+1 puts it in the proposal", async ({ page, login }) => {
  test.slow();
  const word = uniqueWord();
  const [editor, reviewer] = await Promise.all([createTestActor("editor"), createTestActor("reviewer")]);
  const first = await importSentences("TM first", [`The meeting with ${word} borrowed an hour and a half in Geneva.`]);
  const approved = `The meeting with ${word} lasted an hour and a half in Geneva.`;
  await approveText(editor, reviewer, first.segments[0].id, approved);
  const second = await importSentences("TM second", [`The meeting with ${word} borrowed an hour and a half in Genev.`]);

  await login("editor");
  await page.goto(`/documents/${second.id}`);
  await page.getByRole("button", { name: /^Sentence 2:/ }).click();
  const memory = page.getByRole("region", { name: "Translation memory (1)" });
  await expect(memory).toContainText(/\d\d% fuzzy match · from “TM first/);
  await expect(memory.getByRole("group", { name: "Match 1 against the MT" }).getByRole("insertion")).toHaveText([/lasted/, /Geneva/]);
  // What the editor typed is not lost to the match: one button brings it back.
  await page.getByLabel("Your proposal").fill("The meeting took ninety minutes.");
  await page.keyboard.press("Control+Shift+Digit1");
  await expect(page.getByLabel("Your proposal")).toHaveValue(approved);
  await page.getByRole("button", { name: "Bring it back" }).click();
  await expect(page.getByLabel("Your proposal")).toHaveValue("The meeting took ninety minutes.");
  await expect(page.getByRole("button", { name: "Bring it back" })).toHaveCount(0);
  await page.keyboard.press("Control+Shift+Digit1");
  await expect(page.getByLabel("Your proposal")).toHaveValue(approved);

  // Adding and deleting a flag reloads the panel's details: the memory stays one section (it once shared a key with the proposal form).
  const panel = page.getByRole("complementary");
  await panel.getByRole("textbox", { name: /select words to flag/ }).focus();
  await page.keyboard.press("Shift+ArrowRight");
  await panel.getByRole("button", { name: "Add flag" }).click();
  await expect(panel).toContainText("Flag added.");
  await panel.getByRole("list", { name: "Flags on this sentence" }).getByRole("button", { name: /^Delete/ }).click();
  await expect(panel.getByRole("list", { name: "Flags on this sentence" })).toHaveCount(0);
  await expect(panel.getByRole("heading", { name: /^Translation memory/ })).toHaveCount(1);
});

test("a reviewer undoes a wrong TMX import: the pair's imported entries are deleted after a confirmation", async ({ page, login }) => {
  const word = uniqueWord();
  const lang = `qaa-x-${word.toLowerCase().slice(3, 11)}`;
  const tu = (source: string, target: string) => `<tu><tuv xml:lang="${lang}"><seg>${source}</seg></tuv><tuv xml:lang="en"><seg>${target}</seg></tuv></tu>`;
  const xml = `<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="${lang}"/><body>${tu(`Фраза ${word}`, `A phrase ${word}`)}${tu(`Другая ${word}`, `Another ${word}`)}</body></tmx>`;
  await login("reviewer");
  await page.goto("/tm");
  await page.getByLabel("TMX file").setInputFiles({ name: "wrong.tmx", mimeType: "application/x-tmx+xml", buffer: Buffer.from(xml) });
  await page.getByRole("button", { name: "Import into the memory" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported 2 pairs" })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: lang });
  page.once("dialog", (dialog) => void dialog.accept());
  await row.getByRole("button", { name: `Delete the 2 imported entries of ${lang} → en` }).click();
  await expect(page.getByRole("status").filter({ hasText: `Deleted 2 imported entries of ${lang} → en.` })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: lang })).toHaveCount(0);
});
