import AxeBuilder from "@axe-core/playwright";
import { readFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { getDb } from "../lib/db";
import { approveProposal } from "../lib/server/reviews/approve-proposal";
import { createTestActor } from "../tests/factories";
import { test, expect, uniqueTitle } from "./fixtures";

const PAGE = readFileSync("tests/fixtures/html/geneva.html", "utf8");

// An import and a page render on a shared, busy machine can take longer than the default 30 s together.
test.describe.configure({ timeout: 120_000 });

test("an HTML page imported on the web is edited with its tags as placeholders and exported as the same page with the fix", async ({ page, login }) => {
  await login("admin", "editor");
  await page.goto("/documents/new");
  const title = uniqueTitle("HTML page");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel(/upload a UTF-8 file/).setInputFiles({ name: "geneva.html", mimeType: "text/html", buffer: Buffer.from(PAGE) });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page).toHaveURL(/\/documents\/\d+$/, { timeout: 60_000 });
  await expect(page.locator("[data-workspace-ready]")).toBeVisible();
  const documentId = Number(/\/documents\/(\d+)$/.exec(page.url())![1]);
  await expect(page.getByText("window.analytics")).toHaveCount(0);
  // The link around a name shows as two small tags, the sentence's text unchanged.
  const lavrov = page.locator("[data-mt-of]").filter({ hasText: "Sergei Lavrov" });
  await expect(lavrov.locator("[data-placeholder]")).toHaveText(["⟦1⟧", "⟦/1⟧"]);
  await expect(lavrov).toContainText("minister ⟦1⟧Sergei Lavrov⟦/1⟧ and");
  const axe = await new AxeBuilder({ page }).include("[data-mt-of]").analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);

  await page.getByRole("button", { name: "Sentence 6: new" }).click();
  const panel = page.getByRole("complementary");
  const draft = panel.getByLabel("Your proposal");
  await expect(draft).toHaveValue(/^The meeting ⟦1⟧borrowed⟦\/1⟧ an hour and a half/);
  await draft.fill("The meeting lasted an hour and a half.");
  await panel.getByRole("button", { name: "Submit proposal" }).click();
  await expect(panel.getByText("The proposal is missing the placeholder ⟦1⟧ (<em>); move placeholders, never delete them.")).toBeVisible();
  await draft.fill("The meeting ⟦1⟧lasted⟦/1⟧ an hour and a half.");
  await panel.getByRole("button", { name: "Submit proposal" }).click();
  await expect(panel.getByText("Proposal submitted.")).toBeVisible();

  const proposal = await getDb().proposal.findFirstOrThrow({ where: { segment: { documentId }, text: { contains: "lasted" } } });
  await approveProposal({ actor: await createTestActor("reviewer"), proposalId: proposal.id });
  await page.goto(`/documents/${documentId}/export`);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "HTML (.html)" }).click();
  const exported = await readFile(await (await download).path(), "utf8");
  const paragraph = /<p>Diplomats[\s\S]*?<\/p>/;
  expect(paragraph.exec(exported)![0]).toBe("<p>Diplomats discussed security guarantees in Europe, NATO and Ukraine. The meeting <em>lasted</em> an hour and a half.</p>");
  expect(exported.replace(paragraph, "")).toBe(PAGE.replace(paragraph, ""));
});
