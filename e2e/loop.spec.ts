import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { test, expect, openAs, uniqueTitle, createDocument } from "./fixtures";

const seedArticle = readFileSync("prisma/seed-article.txt", "utf8");
const CORRECTION = "The meeting lasted an hour and a half and took place in the Hotel President, which is considered a special place for negotiations, the correspondent of The Moscow Post reports.";


test("the whole loop on the seed article: an editor proposes, a reviewer approves, the export carries the correction", async ({ browser, baseURL }) => {
  const title = uniqueTitle("Geneva loop");
  const id = await createDocument(title, seedArticle);

  const { page: editor } = await openAs(browser, baseURL!, "editor");
  await editor.goto(`/documents/${id}`);
  await editor.getByRole("button", { name: /^Sentence 6:/ }).click();
  const panel = editor.getByRole("complementary");
  await expect(panel.getByRole("heading", { name: "Editing sentence 6" })).toBeVisible();
  await panel.getByLabel("Your proposal").fill(CORRECTION);
  await expect(panel.locator("del").first()).toContainText("borrowed");
  await panel.getByLabel("Your proposal").press("Control+Enter");
  await expect(editor.getByRole("button", { name: /^Sentence 6:/ })).toContainText("◐");

  const { page: reviewer } = await openAs(browser, baseURL!, "reviewer");
  await reviewer.goto("/review");
  await reviewer.getByLabel("Document").selectOption({ label: title });
  await reviewer.getByRole("button", { name: "Filter" }).click();
  await expect(reviewer.getByRole("button", { name: "Approve selected…" })).toBeEnabled();
  const card = reviewer.getByRole("article", { name: new RegExp(`sentence 6$`) });
  await expect(card.locator("ins").first()).toContainText("lasted");
  await card.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(card).toHaveCount(0);

  await reviewer.goto(`/documents/${id}/export`);
  const download = reviewer.waitForEvent("download");
  await reviewer.getByRole("button", { name: "Plain text (.txt)" }).click();
  const text = await readFile(await (await download).path(), "utf8");
  expect(text).toBe(seedArticle.replace(/The meeting borrowed an hour and a half[^\n]*? tells\./, CORRECTION));
});
