import { getDb } from "../lib/db";
import { acceptFinding } from "../lib/server/checks/accept-finding";
import { dismissFinding } from "../lib/server/checks/dismiss-finding";
import { listFindings } from "../lib/server/checks/list-findings";
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { createTestActor } from "../tests/factories";
import { test, expect, uniqueTitle, createDocument, openAs } from "./fixtures";

const seedArticle = readFileSync("prisma/seed-article.txt", "utf8");
const sentence = (page: Page, order: number) => page.getByRole("button", { name: new RegExp(`^Sentence ${order}:`) });
const marker = (page: Page, order: number) => page.locator(`#segment-${order}`).getByRole("img", { name: /findings? of the checks/ });

test("the quality report counts, per check, the findings editors kept and dismissed", async ({ page, login }) => {
  test.slow(); // the report page of a fresh document, read by a reviewer signed in on a loaded machine
  const id = await createDocument(uniqueTitle("Checks"), "Talks in Geneva\n\nThe meeting borrowed an hour. The summit took place in in Moscow.\n");
  const editor = await createTestActor("editor");
  const findings = await listFindings({ actor: editor, documentId: id });
  const decide = (check: string) => {
    const finding = findings.find((f) => f.check === check)!;
    return { actor: editor, documentId: id, segmentId: finding.segmentId, check, start: finding.start, end: finding.end };
  };
  await acceptFinding(decide("doubled-word"));
  await dismissFinding(decide("mt-pattern"));
  expect(await getDb().annotation.count({ where: { segment: { documentId: id }, origin: "check:doubled-word" } })).toBe(1);

  await login("reviewer");
  await page.goto(`/documents/${id}/report`);
  const table = page.getByRole("table", { name: "Findings kept and dismissed per check" });
  await expect(table.getByRole("row", { name: /doubled-word/ })).toHaveText(/doubled-word\s*1\s*0\s*100/);
  await expect(table.getByRole("row", { name: /mt-pattern/ })).toHaveText(/mt-pattern\s*0\s*1\s*0/);
});

test("an editor sees the checks' findings on the seed article, keeps one as a flag and dismisses one; the report counts them", async ({ page, login, browser, baseURL }) => {
  test.slow(); // two people in their own browsers on the 83-sentence seed article
  const id = await createDocument(uniqueTitle("Checks in the workspace"), seedArticle);
  await login("editor");
  await page.goto(`/documents/${id}`);
  // The markers come after the list is interactive: the server checks the loaded sentences then.
  await expect(marker(page, 6)).toHaveAccessibleName("2 findings of the checks", { timeout: 30_000 });
  await expect(marker(page, 46)).toHaveAccessibleName("1 finding of the checks, 1 error");

  await sentence(page, 6).click();
  const panel = page.getByRole("complementary");
  const findings = panel.getByRole("list", { name: "Findings of the automatic checks" });
  await expect(findings.getByRole("listitem")).toHaveCount(2);
  const borrowed = findings.getByRole("listitem").filter({ hasText: "borrowed an hour" });
  await expect(borrowed).toContainText("warning from check mt-pattern");
  await expect(borrowed).toContainText("Suggested flag: Minor · Accuracy / Mistranslation");
  await expect(borrowed.locator("mark")).toHaveText("borrowed an hour");

  await panel.getByRole("button", { name: "Keep as flag: “borrowed an hour” (mt-pattern)" }).click();
  await expect(panel.getByRole("heading", { name: "Flags (1)" })).toBeVisible();
  await expect(panel.getByRole("list", { name: "Flags on this sentence" })).toContainText("Minor · Accuracy / Mistranslation");
  await expect(findings.getByRole("listitem")).toHaveCount(1);
  await expect(sentence(page, 6)).toHaveAccessibleName("Sentence 6: 1 flag, new");
  await expect(marker(page, 6)).toHaveAccessibleName("1 finding of the checks");

  await panel.getByRole("button", { name: /^Dismiss “the correspondent of The Moscow Post tells”/ }).click();
  await expect(panel.getByRole("heading", { name: "Checks (0)" })).toBeVisible();
  await expect(marker(page, 6)).toHaveCount(0);
  await expect(panel.getByRole("list", { name: "History of this sentence" })).toContainText("dismissed a finding of the checks");

  const { page: reviewer } = await openAs(browser, baseURL!, "reviewer");
  await reviewer.goto(`/documents/${id}/report`);
  const table = reviewer.getByRole("table", { name: "Findings kept and dismissed per check" });
  await expect(table.getByRole("row", { name: /mt-pattern/ })).toHaveText(/mt-pattern\s*1\s*1\s*50/);
});

test("an error of the checks blocks a proposal until it is fixed or submitted anyway with a reason, which reviewers see", async ({ page, login, browser, baseURL }) => {
  test.slow(); // two people in their own browsers on the 83-sentence seed article
  const title = uniqueTitle("Checks block");
  const id = await createDocument(title, seedArticle);
  await login("editor");
  await page.goto(`/documents/${id}`);
  await sentence(page, 46).click();
  const panel = page.getByRole("complementary");
  await expect(panel.getByRole("list", { name: "Findings of the automatic checks" })).toContainText("error from check unbalanced-quotes");

  const kept = 'Antony Blinken told me that he is satisfied with the exchange of views, which will help them present a written reaction next week, "Lavrov said.';
  await panel.getByLabel("Your proposal").fill(kept);
  await panel.getByRole("button", { name: "Submit proposal" }).click();
  const blocked = panel.getByRole("alert").filter({ hasText: "The checks report an error in your proposal" });
  await expect(blocked.getByRole("list", { name: "Errors in your proposal" })).toContainText("unbalanced-quotes");
  await expect(sentence(page, 46)).toHaveAccessibleName(/^Sentence 46: new/);

  await blocked.getByRole("button", { name: "Submit anyway" }).click();
  await expect(blocked).toContainText("Say why you submit the proposal");
  await blocked.getByLabel("Why submit anyway?").fill("The quotation opens in the previous sentence.");
  await blocked.getByRole("button", { name: "Submit anyway" }).click();
  await expect(panel.getByRole("status").filter({ hasText: "Proposal submitted." })).toBeVisible();
  await expect(sentence(page, 46)).toHaveAccessibleName(/^Sentence 46: .*proposed/);

  // A fixed text needs no reason.
  await sentence(page, 60).click();
  await panel.getByLabel("Your proposal").fill('"Point," the minister said at a press conference.');
  await panel.getByRole("button", { name: "Submit proposal" }).click();
  await expect(panel.getByRole("status").filter({ hasText: "Proposal submitted." })).toBeVisible();
  await expect(panel.getByRole("alert")).toHaveCount(0);

  const { page: reviewer } = await openAs(browser, baseURL!, "reviewer");
  await reviewer.goto(`/documents/${id}`);
  await sentence(reviewer, 46).click();
  await expect(reviewer.getByRole("complementary").getByRole("note", { name: "Submitted over the checks' errors" })).toContainText(
    "unbalanced-quotes on “\"”). Reason: The quotation opens in the previous sentence.",
  );
  await reviewer.goto("/review");
  await reviewer.getByLabel("Document").selectOption({ label: title });
  await reviewer.getByRole("button", { name: "Filter" }).click();
  const card = reviewer.getByRole("article", { name: /sentence 46$/ });
  await expect(card.getByRole("note", { name: "Submitted over the checks' errors" })).toContainText("Reason: The quotation opens in the previous sentence.");
  await expect(reviewer.getByRole("article", { name: /sentence 60$/ }).getByRole("note")).toHaveCount(0);
});

test("keyboard only: after keeping or dismissing a finding, or deleting a flag, focus stays in its list or on its heading, not at the top of the page", async ({ page, login }) => {
  const id = await createDocument(uniqueTitle("Checks by keyboard"), "Talks in Geneva\n\nThe meeting borrowed an hour and took place in in Moscow.\n");
  await login("editor");
  await page.goto(`/documents/${id}`);
  await sentence(page, 2).click();
  const panel = page.getByRole("complementary");
  const findings = panel.getByRole("list", { name: "Findings of the automatic checks" });
  await expect(findings.getByRole("listitem")).toHaveCount(2);
  const keepButtons = findings.getByRole("button", { name: /^Keep as flag/ });

  await keepButtons.first().focus();
  await page.keyboard.press("Enter");
  await expect(findings.getByRole("listitem")).toHaveCount(1);
  await expect(keepButtons.first()).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(findings.getByRole("button", { name: /^Dismiss/ })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(panel.getByRole("heading", { name: "Checks (0)" })).toBeFocused();

  // So does deleting the flag kept from the first finding.
  await panel.getByRole("list", { name: "Flags on this sentence" }).getByRole("button", { name: "Delete" }).focus();
  await page.keyboard.press("Enter");
  await expect(panel.getByRole("heading", { name: "Flags (0)" })).toBeFocused();
});

test("a finding dismissed by mistake is restored from the panel, and comes back to keep", async ({ page, login }) => {
  const id = await createDocument(uniqueTitle("Restore a finding"), "Talks in Geneva\n\nThe meeting borrowed an hour and a half.\n");
  await login("editor");
  await page.goto(`/documents/${id}`);
  await sentence(page, 2).click();
  const panel = page.getByRole("complementary");
  const findings = panel.getByRole("list", { name: "Findings of the automatic checks" });
  await expect(findings).toContainText("borrowed an hour");

  await panel.getByRole("button", { name: "Dismiss “borrowed an hour” (mt-pattern)" }).click();
  await expect(panel.getByRole("heading", { name: "Checks (0)" })).toBeVisible();
  const dismissed = panel.getByRole("list", { name: "Dismissed findings" });
  await expect(dismissed).toContainText("mt-pattern on “borrowed an hour”, dismissed by");
  await panel.getByRole("button", { name: "Restore “borrowed an hour” (mt-pattern)" }).click();
  await expect(panel.getByRole("heading", { name: "Checks (1)" })).toBeFocused();
  await expect(panel.getByText(/^Dismissed on this sentence/)).toHaveCount(0);
  await expect(panel.getByRole("list", { name: "History of this sentence" })).toContainText("restored a dismissed finding of the checks");
  await panel.getByRole("button", { name: "Keep as flag: “borrowed an hour” (mt-pattern)" }).click();
  await expect(panel.getByRole("heading", { name: "Flags (1)" })).toBeVisible();
});
