import type { Page } from "@playwright/test";
import { getDb } from "../lib/db";
import { approveProposal } from "../lib/server/reviews/approve-proposal";
import { createTestActor } from "../tests/factories";
import { flag, importSample, propose } from "../tests/permission-fixtures";
import { test, expect } from "./fixtures";

const PROPOSAL = "The meeting lasted an hour and a half and took place in Prezident hotel.";
const panel = (page: Page) => page.getByRole("complementary");
const review = (page: Page) => panel(page).getByRole("region", { name: "Review" });
const sentence = (page: Page, order: number) => page.getByRole("button", { name: new RegExp(`^Sentence ${order}:`) });

async function openSentence(page: Page, documentId: number, order: number) {
  await page.goto(`/documents/${documentId}`);
  await sentence(page, order).click();
  await expect(panel(page).getByRole("heading", { name: `Editing sentence ${order}` })).toBeVisible();
  await expect(review(page)).toBeVisible();
}

test("a reviewer reads a proposal three ways in the document, approves it with a, resolving its flags, undoes it, and approves again keeping them", async ({ page, login }) => {
  test.slow();
  const { id, segments } = await importSample("Review in context");
  const editor = await createTestActor("editor");
  await flag(editor, segments[1].id, "literal verb");
  const { proposalId } = await propose(editor, segments[1].id, PROPOSAL);
  await login("reviewer");
  await openSentence(page, id, 2);

  await review(page).getByLabel("Clean text", { exact: true }).check();
  await expect(review(page).getByRole("group", { name: /clean text$/ })).toHaveText(PROPOSAL);
  await review(page).getByLabel("Diff against the MT", { exact: true }).check();
  await expect(review(page).locator("ins")).toHaveText(["[inserted: lasted]"]);
  await review(page).getByLabel("Three-way", { exact: true }).check();
  await expect(review(page)).toContainText("No edit yet");
  await sentence(page, 2).focus();
  await page.keyboard.press("e");
  const edit = review(page).getByRole("textbox", { name: "Your edit" });
  await expect(edit).toBeFocused();
  await edit.fill(PROPOSAL.replace("Prezident hotel", "the Hotel President"));
  await expect(review(page).getByRole("group", { name: /^Your edit against/ }).locator("ins")).toHaveText(["[inserted: the]", "[inserted: Hotel President]"]);
  await review(page).getByRole("button", { name: "Cancel" }).click();

  await sentence(page, 2).focus();
  await page.keyboard.press("a");
  const ask = page.getByRole("dialog", { name: "This sentence has 1 open flag" });
  await expect(ask).toBeVisible();
  await ask.getByRole("button", { name: "Resolve all and approve" }).click();
  await expect(sentence(page, 2)).toHaveAccessibleName(/^Sentence 2: (\d+ flags?, )?approved/);
  const toast = page.getByRole("status").filter({ hasText: "Approved sentence 2." });
  await expect(toast).toBeVisible();
  const flagState = () => getDb().annotation.findFirstOrThrow({ where: { segmentId: segments[1].id }, select: { state: true } });
  expect(await flagState()).toEqual({ state: "resolved" });

  await toast.getByRole("button", { name: "Undo" }).focus();
  await page.keyboard.press("Enter");
  await expect(sentence(page, 2)).toHaveAccessibleName(/^Sentence 2: (\d+ flags?, )?proposed/);
  // The toast and its button are gone: the keyboard carries on from the sentence's panel.
  await expect(panel(page).getByRole("heading", { name: /^Editing sentence \d+$/ })).toBeFocused();
  await expect(review(page).getByRole("button", { name: "Approve", exact: true })).toBeEnabled();
  expect(await flagState()).toEqual({ state: "open" });
  expect(await getDb().auditEvent.count({ where: { segmentId: segments[1].id, action: "proposal.undo-approve" } })).toBe(1);
  await expect(panel(page).getByRole("list", { name: "History of this sentence" })).toContainText("undid an approval");

  await sentence(page, 2).focus();
  await page.keyboard.press("a");
  await ask.getByRole("button", { name: "Keep open and approve" }).click();
  await expect(sentence(page, 2)).toHaveAccessibleName(/^Sentence 2: (\d+ flags?, )?approved/);
  expect(await flagState()).toEqual({ state: "open" });
  expect(await getDb().segment.findUniqueOrThrow({ where: { id: segments[1].id }, select: { approvedProposalId: true } })).toEqual({ approvedProposalId: proposalId });
});

test("a reviewer rejects with a reason from the document (r), moves on with j, and reopens an approved sentence", async ({ page, login }) => {
  test.slow();
  const { id, segments } = await importSample("Reject in context");
  const [editor, otherReviewer] = await Promise.all([createTestActor("editor"), createTestActor("reviewer")]);
  await propose(editor, segments[1].id, PROPOSAL);
  const approved = await propose(editor, segments[2].id, "Lavrov spoke first.");
  await approveProposal({ actor: otherReviewer, proposalId: approved.proposalId });
  const reviewer = await login("reviewer");
  await openSentence(page, id, 2);

  await sentence(page, 2).focus();
  await page.keyboard.press("r");
  const reason = review(page).getByLabel("Reason");
  await expect(reason).toBeFocused();
  await reason.selectOption("Meaning changed or lost");
  await review(page).getByLabel(/Details for the author/).fill("Keep the hotel's name.");
  await review(page).getByRole("button", { name: "Reject", exact: true }).click();
  await expect(sentence(page, 2)).toHaveAccessibleName(/^Sentence 2: (\d+ flags?, )?rejected/);
  const rejection = await getDb().review.findFirstOrThrow({ where: { proposal: { segmentId: segments[1].id } }, select: { decision: true, reason: true, reviewerId: true } });
  expect(rejection).toEqual({ decision: "reject", reason: "Meaning changed or lost: Keep the hotel's name.", reviewerId: reviewer.id });

  await sentence(page, 2).focus();
  await page.keyboard.press("j");
  await expect(panel(page).getByRole("heading", { name: "Editing sentence 3" })).toBeVisible();
  await review(page).getByRole("button", { name: "Reopen sentence 3" }).click();
  await expect(sentence(page, 3)).toHaveAccessibleName(/^Sentence 3: (\d+ flags?, )?proposed/);
  // The approved proposal waits for review again, here in the panel.
  await expect(review(page)).toContainText(`Proposal #${approved.proposalId}`);
  expect(await getDb().auditEvent.count({ where: { segmentId: segments[2].id, action: "segment.reopen", actorId: reviewer.id } })).toBe(1);
});

test("the review queue has keyboard shortcuts too, and ? lists them", async ({ page, login }) => {
  test.slow();
  const { id, title, segments } = await importSample("Queue keys");
  const editor = await createTestActor("editor");
  await propose(editor, segments[1].id, PROPOSAL);
  await propose(editor, segments[3].id, "We don't intend to attack or interfere.");
  await login("reviewer");
  await page.goto(`/review?document=${id}`);
  await expect(page.getByRole("button", { name: "Approve selected…" })).toBeEnabled();

  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toBeVisible();
  await expect(help).toContainText("Approve the current proposal");
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();

  const first = page.getByRole("article", { name: new RegExp(`for ${title}, sentence 2$`) });
  const second = page.getByRole("article", { name: new RegExp(`for ${title}, sentence 4$`) });
  await page.keyboard.press("j");
  await expect(first).toBeFocused();
  await page.keyboard.press("j");
  await expect(second).toBeFocused();
  await page.keyboard.press("k");
  await expect(first).toBeFocused();
  await page.keyboard.press("a");
  await expect(first).toHaveCount(0);
  await expect(second).toBeVisible();
  await page.keyboard.press("j");
  await page.keyboard.press("r");
  await expect(second.getByLabel("Reason")).toBeFocused();
});

test("after a decision in the queue the next proposal is current, so the keys carry on from there", async ({ page, login }) => {
  const { id, title, segments } = await importSample("Queue place");
  const editor = await createTestActor("editor");
  await propose(editor, segments[1].id, PROPOSAL);
  await propose(editor, segments[2].id, "Lavrov spoke to the press.");
  await propose(editor, segments[3].id, "We don't intend to attack or interfere.");
  await login("reviewer");
  await page.goto(`/review?document=${id}`);
  await expect(page.getByRole("button", { name: "Approve selected…" })).toBeEnabled();
  const card = (order: number) => page.getByRole("article", { name: new RegExp(`for ${title}, sentence ${order}$`) });

  await page.keyboard.press("j");
  await page.keyboard.press("j");
  await expect(card(3)).toBeFocused();
  await page.keyboard.press("a");
  await expect(card(3)).toHaveCount(0);
  await expect(card(4)).toBeFocused();
  await page.keyboard.press("k");
  await expect(card(2)).toBeFocused();
});

test("keyboard only: after an edit approved with Ctrl+Enter, or a rejection, focus is on the review's heading, not at the top of the page", async ({ page, login }) => {
  const { id, segments } = await importSample("Review by keyboard");
  const editor = await createTestActor("editor");
  await propose(editor, segments[1].id, PROPOSAL);
  await propose(editor, segments[2].id, "Lavrov spoke at the Hotel President.");
  await login("reviewer");
  await openSentence(page, id, 2);

  await sentence(page, 2).focus();
  await page.keyboard.press("e");
  await page.keyboard.press("End");
  await page.keyboard.type(" Indeed.");
  await page.keyboard.press("Control+Enter");
  await expect(review(page).getByRole("button", { name: "Reopen sentence 2" })).toBeVisible();
  await expect(review(page).getByRole("heading", { name: "Review" })).toBeFocused();

  await page.keyboard.press("j");
  await expect(panel(page).getByRole("heading", { name: "Editing sentence 3" })).toBeVisible();
  await expect(review(page)).toContainText("Proposal #");
  await page.keyboard.press("r");
  const reason = review(page).getByLabel("Reason");
  await expect(reason).toBeFocused();
  await reason.selectOption("Meaning changed or lost");
  await review(page).getByRole("button", { name: "Reject", exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(review(page).getByText("No proposal waits for review on this sentence.")).toBeVisible();
  await expect(review(page).getByRole("heading", { name: "Review" })).toBeFocused();
});
