import type { Page } from "@playwright/test";
import { getDb } from "../lib/db";
import { submitProposal } from "../lib/server/proposals/submit-proposal";
import { rejectProposal } from "../lib/server/reviews/reject-proposal";
import { createTestActor } from "../tests/factories";
import { test, expect, createDocument, numberedArticle, uniqueTitle } from "./fixtures";

const ARTICLE = "Talks in Geneva\n\nThe meeting borrowed an hour and a half. Lavrov spoke in Prezident hotel. These include Bulgaria and Romania.\n";

const sentence = (page: Page, order: number) => page.getByRole("button", { name: new RegExp(`^Sentence ${order}:`) });
const panelHeading = (page: Page, order: number) => page.getByRole("complementary").getByRole("heading", { name: `Editing sentence ${order}` });

async function documentWithProposals(label: string) {
  const id = await createDocument(uniqueTitle(label), ARTICLE);
  const segments = await getDb().segment.findMany({ where: { documentId: id }, orderBy: { order: "asc" } });
  const editor = await createTestActor("editor");
  for (const segment of [segments[2], segments[3]]) {
    await submitProposal({ actor: editor, segmentId: segment.id, text: `${segment.mtText} (corrected)`, expectedVersion: segment.version });
  }
  return { id, segments, editor };
}

test("the address names the open sentence and the filters; reload, Back and Forward keep them", async ({ page, login }) => {
  test.slow(); // seven page loads
  await login("editor");
  const { id, segments } = await documentWithProposals("Address");
  await page.goto(`/documents/${id}`);
  await expect(page.locator("[data-workspace-ready]")).toBeVisible();

  await sentence(page, 2).click();
  await expect(page).toHaveURL(new RegExp(`/documents/${id}\\?s=${segments[1].id}$`));
  await page.getByLabel("Status").selectOption("proposed");
  await expect(sentence(page, 2)).toHaveCount(0);
  await sentence(page, 4).click();
  await expect(page).toHaveURL(new RegExp(`\\?s=${segments[3].id}&status=proposed$`));

  await page.reload();
  await expect(panelHeading(page, 4)).toBeVisible();
  await expect(page.getByLabel("Status")).toHaveValue("proposed");
  await expect(sentence(page, 2)).toHaveCount(0);

  await page.goto("/");
  await page.goBack();
  await expect(panelHeading(page, 4)).toBeVisible();
  await expect(page.getByLabel("Status")).toHaveValue("proposed");

  // Back once more: before the filter, with sentence 2 open.
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`\\?s=${segments[1].id}$`));
  await expect(page.getByLabel("Status")).toHaveValue("");
  await expect(panelHeading(page, 2)).toBeVisible();
  await page.goForward();
  await expect(page.getByLabel("Status")).toHaveValue("proposed");
  await expect(panelHeading(page, 4)).toBeVisible();
});

test("the review, report, export and activity pages link to the sentence itself, and the link opens it", async ({ page, login }) => {
  test.slow(); // five pages
  await login("reviewer");
  const { id, segments } = await documentWithProposals("Linked");
  const title = (await getDb().document.findUniqueOrThrow({ where: { id } })).title;

  await page.goto(`/review?document=${id}`);
  await page.getByRole("link", { name: `${title}, sentence 4` }).click();
  await expect(page).toHaveURL(new RegExp(`/documents/${id}\\?s=${segments[3].id}$`));
  await expect(panelHeading(page, 4)).toBeVisible();
  await expect(sentence(page, 4)).toBeFocused();

  await page.goto(`/documents/${id}/report`);
  await page.getByRole("link", { name: "Segment 3", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/documents/${id}\\?s=${segments[2].id}$`));
  await expect(panelHeading(page, 3)).toBeVisible();

  await page.goto(`/documents/${id}/export`);
  await page.getByRole("link", { name: "proposed", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/documents/${id}\\?status=proposed$`));
  await expect(page.getByLabel("Status")).toHaveValue("proposed");
  await expect(sentence(page, 2)).toHaveCount(0);
  await expect(sentence(page, 3)).toBeVisible();

  await page.goto(`/documents/${id}/activity`);
  await page.getByRole("cell").getByRole("link", { name: "4", exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`/documents/${id}\\?s=${segments[3].id}$`));
  await expect(panelHeading(page, 4)).toBeVisible();
});

test("the feedback page links to the rejected sentence itself", async ({ page, login }) => {
  const editor = await login("editor");
  const id = await createDocument(uniqueTitle("Feedback link"), ARTICLE);
  const segment = await getDb().segment.findFirstOrThrow({ where: { documentId: id, order: 3 } });
  const { proposalId } = await submitProposal({ actor: editor, segmentId: segment.id, text: "Lavrov spoke at the Prezident Hotel.", expectedVersion: segment.version });
  await rejectProposal({ actor: await createTestActor("reviewer"), proposalId, reason: "Keep the hotel name as written." });
  const title = (await getDb().document.findUniqueOrThrow({ where: { id } })).title;

  await page.goto("/feedback");
  await page.getByRole("link", { name: `${title}, sentence 3` }).click();
  await expect(page).toHaveURL(new RegExp(`/documents/${id}\\?s=${segment.id}$`));
  await expect(panelHeading(page, 3)).toBeVisible();
});

test("a link to a sentence far down a document of more than 300 sentences scrolls to it and focuses it", async ({ page, login }) => {
  await login("editor");
  const id = await createDocument(uniqueTitle("Long"), numberedArticle(350));
  const target = await getDb().segment.findFirstOrThrow({ where: { documentId: id, mtText: { startsWith: "Sentence number 340 " } } });
  expect(await getDb().segment.count({ where: { documentId: id } })).toBeGreaterThan(300);

  await page.goto(`/documents/${id}?s=${target.id}`);
  await expect(panelHeading(page, target.order)).toBeVisible();
  await expect(sentence(page, target.order)).toBeFocused();
  await expect(sentence(page, target.order)).toBeInViewport();
  await expect(page.locator(`#segment-${target.order}`)).toContainText("Sentence number 340 of the long article");
});
