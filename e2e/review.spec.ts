import type { Page } from "@playwright/test";
import type { Role } from "../lib/generated/prisma/enums";
import { test, expect, openAs, uniqueTitle } from "./fixtures";
import { importDocument } from "../lib/server/documents/import-document";
import { getDb } from "../lib/db";
import { createTestActor } from "../tests/factories";
import { flag, importSample, propose } from "../tests/permission-fixtures";


/** The queue is interactive once its bulk button is enabled (it waits for the page's scripts). */
async function openQueue(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole("button", { name: "Approve selected…" })).toBeEnabled();
}

/** The sample document with an editor's proposals (sentence index → text), and the queue of them open for a new reviewer. */
async function queueOfProposals(page: Page, login: (...roles: Role[]) => Promise<unknown>, label: string, proposals: Record<number, string>) {
  const { title, segments } = await importSample(label);
  const editor = await createTestActor("editor");
  for (const [index, text] of Object.entries(proposals)) await propose(editor, segments[Number(index)].id, text);
  await login("reviewer");
  await openQueue(page, `/review?author=${editor.id}`);
  return { title, segments };
}

const card = (page: Page, title: string, order: number) => page.getByRole("article", { name: new RegExp(`for ${title}, sentence ${order}$`) });

test("a reviewer approves an editor's proposal from the queue, seeing the diff, the flags and the context", async ({ page, login }) => {
  const { id, title, segments } = await importSample("Approve e2e");
  const editor = await createTestActor("editor");
  await flag(editor, segments[1].id, "borrowed is a literal verb");
  await propose(editor, segments[1].id, "The meeting lasted an hour and a half and took place in Prezident hotel.");
  const reviewer = await login("reviewer");

  await page.goto("/");
  await page.getByRole("link", { name: /^Review( \d+ waiting)?$/ }).click();
  await page.getByLabel("Document").selectOption({ label: title });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(new RegExp(`document=${id}`));
  await expect(page.getByRole("button", { name: "Approve selected…" })).toBeEnabled();
  const proposal = card(page, title, 2);
  await expect(proposal.locator("del")).toHaveText(["[deleted: borrowed]"]);
  await expect(proposal.locator("ins")).toHaveText(["[inserted: lasted]"]);
  await expect(proposal.getByLabel("Context")).toContainText("Talks in Geneva");
  await expect(proposal.getByLabel("Context")).toContainText("Lavrov spoke.");
  await expect(proposal).toContainText("No text is approved for this sentence yet.");
  const flags = proposal.getByRole("list", { name: "Error flags" });
  await expect(flags).toContainText("borrowed is a literal verb");
  await flags.getByLabel("Resolution note").fill("Fixed by this proposal.");
  await flags.getByRole("button", { name: "Resolve" }).click();
  await expect(flags).toContainText("Resolved by Test reviewer: Fixed by this proposal.");

  await proposal.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(proposal).toHaveCount(0);
  await expect(page.getByText("Nothing waits for review with these filters.")).toBeVisible();

  await page.goto(`/documents/${id}/activity`);
  await page.getByLabel("Action").selectOption("proposal.approve");
  await page.getByRole("button", { name: "Filter" }).click();
  const rows = page.getByRole("row").filter({ hasText: "approved proposal" });
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText(`Test reviewer (${reviewer.email})`);
});

test("a reviewer undoes an approval from the queue, and the proposal waits again", async ({ page, login }) => {
  const { title, segments } = await importSample("Undo in queue e2e");
  const editor = await createTestActor("editor");
  const { proposalId } = await propose(editor, segments[1].id, "The meeting lasted an hour and a half and took place in Prezident hotel.");
  const second = await propose(editor, segments[2].id, "Lavrov spoke first.");
  await login("reviewer");
  await openQueue(page, `/review?author=${editor.id}`);

  await card(page, title, 2).getByRole("button", { name: "Approve", exact: true }).click();
  await expect(card(page, title, 2)).toHaveCount(0);
  const toast = page.getByRole("status").filter({ hasText: `Approved sentence 2 of “${title}”.` });
  await toast.getByRole("button", { name: "Undo" }).click();
  await expect(toast).toHaveCount(0);
  await expect(card(page, title, 2)).toBeVisible();
  expect(await getDb().segment.findUniqueOrThrow({ where: { id: segments[1].id }, select: { status: true, approvedProposalId: true, currentProposalId: true } }))
    .toEqual({ status: "proposed", approvedProposalId: null, currentProposalId: proposalId });

  // An edited approval is undone too: the reviewer's own text goes with it and the editor's proposal waits again.
  const edited = card(page, title, 3);
  await edited.getByText("Edit and approve…").click();
  await edited.getByLabel("Corrected text").fill("Lavrov spoke first, then Rubio.");
  await edited.getByRole("button", { name: "Approve edited text" }).click();
  await expect(edited).toHaveCount(0);
  await page.getByRole("status").filter({ hasText: `Approved sentence 3 of “${title}”.` }).getByRole("button", { name: "Undo" }).click();
  await expect(card(page, title, 3)).toBeVisible();
  expect(await getDb().proposal.count({ where: { segmentId: segments[2].id, text: "Lavrov spoke first, then Rubio." } })).toBe(0);
  expect(await getDb().segment.findUniqueOrThrow({ where: { id: segments[2].id }, select: { status: true, currentProposalId: true } }))
    .toEqual({ status: "proposed", currentProposalId: second.proposalId });
});

test("undoing an approval from the keyboard makes the returned card current again, so a/r/e act on it", async ({ page, login }) => {
  const { title, segments } = await queueOfProposals(page, login, "Undo keys e2e", {
    1: "The meeting lasted an hour and a half and took place in the Hotel President.",
    2: "Lavrov spoke first.",
  });

  await page.keyboard.press("j");
  await expect(card(page, title, 2)).toBeFocused();
  await page.keyboard.press("a");
  await expect(card(page, title, 2)).toHaveCount(0);
  await expect(card(page, title, 3)).toBeFocused();
  // The toast comes before the cards: one step back reaches its Undo.
  await page.keyboard.press("Shift+Tab");
  const undo = page.getByRole("status").filter({ hasText: `Approved sentence 2 of “${title}”.` }).getByRole("button", { name: "Undo" });
  await expect(undo).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(card(page, title, 2)).toBeFocused();
  await page.keyboard.press("a");
  await expect(card(page, title, 2)).toHaveCount(0);
  expect(await getDb().segment.findUniqueOrThrow({ where: { id: segments[1].id }, select: { status: true } })).toEqual({ status: "approved" });
});

test("a rejection with a reason reaches the editor's feedback page and header count", async ({ page, login, browser, baseURL }) => {
  const { title, segments } = await importSample("Reject e2e");
  const editor = await login("editor");
  await propose(editor, segments[1].id, "The meeting borrowed an hour and a half and took place in Prezident Hotel.");

  const reviewer = await openAs(browser, baseURL!, "reviewer");
  await openQueue(reviewer.page, `/review?author=${editor.id}`);
  const proposal = card(reviewer.page, title, 2);
  await proposal.getByText("Reject…").click();
  await proposal.getByLabel("Reason").selectOption("Terminology not followed");
  await proposal.getByLabel(/Details for the author/).fill("It is the Hotel President.");
  await proposal.getByRole("button", { name: "Reject", exact: true }).click();
  await expect(proposal).toHaveCount(0);

  await page.goto("/");
  await page.getByRole("link", { name: "Feedback 1 new" }).click();
  const entry = page.getByRole("article", { name: `Rejected: ${title}, sentence 2` });
  await expect(entry.getByLabel("Reason")).toHaveText("Terminology not followed: It is the Hotel President.");
  await expect(entry).toContainText(`by ${reviewer.actor.name}`);
  await expect(entry).toContainText("New");
  await expect(page.getByRole("link", { name: "Feedback", exact: true })).toBeVisible();
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("link", { name: "Feedback", exact: true })).toBeVisible({ timeout: 1_000 });
  }).toPass();
});

test("edit and approve: the editor sees what the reviewer changed as a diff", async ({ page, login, browser, baseURL }) => {
  const { title, segments } = await importSample("Edit e2e");
  const editor = await login("editor");
  await propose(editor, segments[2].id, "Lavrov spoke shortly.");

  const reviewer = await openAs(browser, baseURL!, "reviewer");
  await openQueue(reviewer.page, `/review?author=${editor.id}`);
  const proposal = card(reviewer.page, title, 3);
  await proposal.getByText("Edit and approve…").click();
  await expect(proposal.getByLabel("Corrected text")).toHaveValue("Lavrov spoke shortly.");
  // An error the checks report stops the edit, as it stops an editor's proposal; a reason lets it through.
  await proposal.getByLabel("Corrected text").fill("Lavrov spoke spoke briefly.");
  await proposal.getByRole("button", { name: "Approve edited text" }).click();
  await expect(proposal.getByRole("alert")).toContainText("The checks report an error in your edit. doubled-word on “spoke spoke”");
  await proposal.getByLabel("Corrected text").fill("Lavrov spoke briefly.");
  await proposal.getByRole("button", { name: "Approve edited text" }).click();
  await expect(proposal).toHaveCount(0);

  await page.goto("/feedback");
  const entry = page.getByRole("article", { name: `Edited and approved: ${title}, sentence 3` });
  await expect(entry.locator("del")).toHaveText(["[deleted: shortly]"]);
  await expect(entry.locator("ins")).toHaveText(["[inserted: briefly]"]);
});

test("a refused edit or rejection in the queue keeps what the reviewer typed, and the cursor goes back to it", async ({ page, login }) => {
  const { title, segments } = await queueOfProposals(page, login, "Refused keeps e2e", { 2: "Lavrov spoke shortly.", 3: "We do not intend to attack or interfere." });

  const edited = card(page, title, 3);
  await edited.getByText("Edit and approve…").click();
  const text = edited.getByLabel("Corrected text");
  await text.fill("Lavrov spoke spoke first, at length.");
  await edited.getByRole("button", { name: "Approve edited text" }).click();
  await expect(edited.getByRole("alert")).toContainText("doubled-word on “spoke spoke”");
  // The reviewer's edit is still there to fix or to approve over with a reason, not the editor's text.
  await expect(text).toHaveValue("Lavrov spoke spoke first, at length.");
  await expect(text).toBeFocused();
  await edited.getByLabel(/say why/).fill("The speaker repeated himself.");
  await edited.getByRole("button", { name: "Approve edited text" }).click();
  await expect(edited).toHaveCount(0);
  expect(await getDb().segment.findUniqueOrThrow({ where: { id: segments[2].id }, select: { approvedProposal: { select: { text: true } } } }))
    .toEqual({ approvedProposal: { text: "Lavrov spoke spoke first, at length." } });

  const rejected = card(page, title, 4);
  await rejected.getByText("Reject…").click();
  await rejected.getByLabel("Reason").selectOption("Other (explain below)");
  await rejected.getByRole("button", { name: "Reject", exact: true }).click();
  const details = rejected.getByLabel(/Details for the author/);
  await expect(details).toHaveAccessibleDescription("Write the reason in “Details for the author” when you choose “Other”.");
  await expect(details).toBeFocused();
  await expect(rejected.getByLabel("Reason")).toHaveValue("Other (explain below)");
  await details.fill("Keep “don't”: it is a quote.");
  await rejected.getByRole("button", { name: "Reject", exact: true }).click();
  await expect(rejected).toHaveCount(0);
  expect(await getDb().review.findFirstOrThrow({ where: { proposal: { segmentId: segments[3].id } }, select: { reason: true } })).toEqual({ reason: "Keep “don't”: it is a quote." });
});

test("bulk approval asks once; a reviewer's own proposal cannot be approved and says why", async ({ page, login }) => {
  const { title, segments } = await importSample("Bulk e2e");
  const editor = await createTestActor("editor");
  await propose(editor, segments[1].id, "The meeting lasted an hour and a half and took place in the Hotel President.");
  await propose(editor, segments[2].id, "Lavrov spoke briefly.");
  const me = await login("editor", "reviewer");
  await propose(me, segments[3].id, "We do not intend to attack or interfere.");

  await openQueue(page, `/review?document=${segments[0].documentId}`);
  const own = card(page, title, 4);
  await expect(own.getByRole("button", { name: "Approve", exact: true })).toBeDisabled();
  await expect(own).toContainText("You wrote this proposal, so another reviewer has to approve it.");
  await expect(own.getByRole("checkbox", { name: "Select" })).toBeDisabled();

  await card(page, title, 2).getByRole("checkbox", { name: "Select" }).check();
  await card(page, title, 3).getByRole("checkbox", { name: "Select" }).check();
  await page.getByRole("button", { name: "Approve selected…" }).click();
  const dialog = page.getByRole("dialog", { name: "Approve 2 proposals?" });
  await dialog.getByRole("button", { name: "Approve 2" }).click();
  await expect(page.getByRole("status")).toHaveText("Approved 2 proposals.");
  await expect(page.getByRole("article")).toHaveCount(1);
});

test("an editor cannot reach review: the page says not allowed and a forged review request is refused", async ({ page, login, browser, baseURL }) => {
  const { title, segments } = await importSample("Forbidden e2e");
  const author = await createTestActor("editor");
  const first = await propose(author, segments[1].id, "The meeting lasted an hour and a half and took place in Prezident hotel.");
  const second = await propose(author, segments[2].id, "Lavrov spoke briefly.");

  // A reviewer's real approval request, which the editor then replays for the other proposal.
  const reviewer = await openAs(browser, baseURL!, "reviewer");
  await openQueue(reviewer.page, `/review?author=${author.id}`);
  const sent = reviewer.page.waitForRequest((request) => request.method() === "POST" && !!request.headers()["next-action"]);
  await card(reviewer.page, title, 2).getByRole("button", { name: "Approve", exact: true }).click();
  const request = await sent;
  const body = request.postData() ?? "";
  const forged = body.replace(new RegExp(`(proposalId"\\r\\n\\r\\n)${first.proposalId}\\b`), `$1${second.proposalId}`);
  expect(forged).not.toBe(body);

  await login("editor");
  await page.goto("/review");
  await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Review( \d+ waiting)?$/ })).toHaveCount(0);
  const headers = await request.allHeaders();
  const response = await page.request.post("/review", {
    headers: { "next-action": headers["next-action"], "content-type": headers["content-type"], accept: "text/x-component", origin: baseURL! },
    data: forged,
  });
  expect(await response.text()).toContain("may not do this (proposal.review)");
  expect((await getDb().proposal.findUniqueOrThrow({ where: { id: second.proposalId } })).state).toBe("open");
});

test("approving a sentence in the queue offers its approved text to the sentences with the same MT", async ({ page, login }) => {
  const title = uniqueTitle("Repeats in review");
  const text = ["Repeats", "The meeting borrowed an hour.", "Lavrov spoke first.", "The meeting borrowed an hour."].join("\n\n") + "\n";
  const { id } = await importDocument({ actor: await createTestActor("admin"), bytes: new TextEncoder().encode(text), input: { title } });
  const segments = await getDb().segment.findMany({ where: { documentId: id }, orderBy: { order: "asc" }, select: { id: true } });
  await propose(await createTestActor("editor"), segments[1].id, "The meeting lasted an hour.");
  await login("reviewer");

  await openQueue(page, `/review?document=${id}`);
  await card(page, title, 2).getByRole("button", { name: "Approve", exact: true }).click();
  const offer = page.getByRole("region", { name: "The MT of sentence 2 repeats in 1 other sentence: propose its approved text there?" });
  await expect(offer).toBeVisible({ timeout: 20_000 });
  await expect(offer.getByRole("group", { name: "Sentence 4: changes" })).toContainText("[deleted: borrowed][inserted: lasted]");
  await offer.getByRole("button", { name: "Apply to 1 other sentence" }).click();
  await expect(offer.getByRole("status")).toContainText("Proposed for 1 sentence");
  const repeat = await getDb().proposal.findMany({ where: { segmentId: segments[3].id }, select: { text: true, state: true } });
  expect(repeat).toEqual([{ text: "The meeting lasted an hour.", state: "open" }]);
});
