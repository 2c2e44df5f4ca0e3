import type { Page } from "@playwright/test";
import { getDb } from "../lib/db";
import { createAnnotation } from "../lib/server/annotations/create-annotation";
import { importDocument } from "../lib/server/documents/import-document";
import { submitProposal } from "../lib/server/proposals/submit-proposal";
import { createTestActor } from "../tests/factories";
import { test, expect, openAs, uniqueTitle } from "./fixtures";
import { textBox } from "./text-box";

const ARTICLE = "Talks in Geneva\n\nThe meeting borrowed an hour and a half. Lavrov spoke in Prezident hotel. These include Bulgaria and Romania.\n";

/** A fresh document written through lib/server, so each test has its own sentences. */
async function importArticle(text = ARTICLE) {
  const { id } = await importDocument({ actor: await createTestActor("admin"), bytes: new TextEncoder().encode(text), input: { title: uniqueTitle("Workspace") } });
  const segments = await getDb().segment.findMany({ where: { documentId: id }, orderBy: { order: "asc" } });
  return { id, segments };
}

const sentence = (page: Page, order: number) => page.getByRole("button", { name: new RegExp(`^Sentence ${order}:`) });
const panel = (page: Page) => page.getByRole("complementary");
const picker = (page: Page) => page.getByRole("textbox", { name: /select words to flag/ });

/** Drags the mouse across the words, as a person selects them. */
async function dragOver(page: Page, words: string) {
  const box = await textBox(picker(page), words);
  await page.mouse.move(box.x1, box.y);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y, { steps: 5 });
  await page.mouse.up();
}


test("an editor flags a span with the mouse and sees it highlighted with its details", async ({ page, login }) => {
  const editor = await login("editor");
  const { id, segments } = await importArticle();
  await page.goto(`/documents/${id}`);
  await sentence(page, 2).click();
  await expect(panel(page).getByRole("heading", { name: "Editing sentence 2" })).toBeVisible();

  await dragOver(page, "borrowed an hour");
  await expect(panel(page)).toContainText("Selected: “borrowed an hour”");
  await panel(page).getByLabel("Category", { exact: true }).selectOption("Accuracy");
  await panel(page).getByLabel("Subcategory").selectOption("Mistranslation");
  await panel(page).getByLabel("Severity").selectOption("Major");
  await panel(page).getByLabel("Note (optional)").fill("literal verb");
  await panel(page).getByRole("button", { name: "Add flag" }).click();

  const flags = panel(page).getByRole("list", { name: "Flags on this sentence" });
  await expect(flags.getByRole("listitem")).toHaveCount(1);
  await expect(flags).toContainText(`Major · Accuracy / Mistranslation — literal verb · by ${editor.name}`);
  await expect(sentence(page, 2)).toHaveAccessibleName("Sentence 2: 1 flag, new");
  await expect(page.locator("#segment-2").getByTitle(/Major · Accuracy \/ Mistranslation/)).toHaveText("borrowed an hour");
  const stored = await getDb().annotation.findFirstOrThrow({ where: { segmentId: segments[1].id } });
  expect(segments[1].mtText.slice(stored.start, stored.end)).toBe("borrowed an hour");

  await flags.getByRole("button", { name: "Edit" }).click();
  await panel(page).getByLabel("Severity").selectOption("Minor");
  await panel(page).getByRole("button", { name: "Save flag" }).click();
  await expect(flags).toContainText("Minor · Accuracy / Mistranslation");
  await flags.getByRole("button", { name: "Delete" }).click();
  await expect(panel(page)).toContainText("No flags yet.");
});

test("an editor works with the keyboard only: move, flag a span and an omission, shortcuts help", async ({ page, login }) => {
  await login("editor");
  const { id, segments } = await importArticle();
  await page.goto(`/documents/${id}`);
  // The list's buttons are disabled until the page is hydrated, and focus() (unlike click()) does not wait for that.
  await expect(sentence(page, 1)).toBeEnabled();
  await sentence(page, 1).focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("j");
  await expect(sentence(page, 2)).toBeFocused();
  await expect(panel(page).getByRole("heading", { name: "Editing sentence 2" })).toBeVisible();
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toContainText("Next untouched");
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();

  await page.keyboard.press("f");
  await expect(picker(page)).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("Shift+ArrowRight");
  await expect(panel(page)).toContainText("Selected: “borrowed an”");
  await page.keyboard.press("Shift+ArrowLeft");
  // Counted from 1, as a reader counts: "borrowed" is characters 13 to 20 of "The meeting borrowed an hour and a half."
  await expect(panel(page)).toContainText("Selected: “borrowed” (characters 13–20)");
  await page.keyboard.press("Tab");
  await expect(panel(page).getByLabel("Category", { exact: true })).toBeFocused();
  await panel(page).getByLabel("Severity").selectOption("Major");
  await panel(page).getByRole("button", { name: "Add flag" }).press("Enter");
  await expect(panel(page).getByRole("list", { name: "Flags on this sentence" })).toContainText("Major · Accuracy / Mistranslation");

  await picker(page).focus();
  await page.keyboard.press("End");
  // The closing period is a step of its own: two steps back is before "half".
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await expect(panel(page)).toContainText("Insertion point before character 36, “half.”");
  await panel(page).getByLabel("Subcategory").selectOption("Omission");
  await panel(page).getByRole("button", { name: "Add flag" }).press("Enter");
  await expect(panel(page).getByRole("list", { name: "Flags on this sentence" }).getByRole("listitem")).toHaveCount(2);
  const stored = await getDb().annotation.findMany({ where: { segmentId: segments[1].id }, orderBy: { id: "asc" } });
  expect(stored.map((flag) => segments[1].mtText.slice(flag.start, flag.end))).toEqual(["borrowed", ""]);
  expect(stored[1].start).toBe(segments[1].mtText.indexOf("half."));
  // Two flags, two pairs of buttons: each says which flag it edits or deletes.
  const flagButtons = panel(page).getByRole("list", { name: "Flags on this sentence" }).getByRole("button");
  const omission = `the flag on missing words at character ${stored[1].start}`;
  const names = ["Edit the flag on “borrowed”", "Delete the flag on “borrowed”", `Edit ${omission}`, `Delete ${omission}`];
  await expect(flagButtons).toHaveCount(4);
  for (const [index, name] of names.entries()) await expect(flagButtons.nth(index)).toHaveAccessibleName(name);

  await page.keyboard.press("Escape");
  await expect(sentence(page, 2)).toBeFocused();
  await page.keyboard.press("n");
  await expect(panel(page).getByRole("heading", { name: "Editing sentence 3" })).toBeVisible();
});

test("an editor proposes a correction with the diff visible; the draft survives a reload", async ({ page, login }) => {
  const editor = await login("editor");
  const { id } = await importArticle();
  await page.goto(`/documents/${id}`);
  await sentence(page, 2).click();
  await page.keyboard.press("p");
  const draft = panel(page).getByLabel("Your proposal");
  await expect(draft).toBeFocused();
  await expect(draft).toHaveValue("The meeting borrowed an hour and a half.");
  await draft.fill("The meeting lasted an hour and a half.");
  const diff = panel(page).getByRole("group", { name: "Changes against the MT" });
  await expect(diff.locator("del")).toHaveText("[deleted: borrowed]");
  await expect(diff.locator("ins")).toHaveText("[inserted: lasted]");

  await page.reload();
  await sentence(page, 2).click();
  await expect(panel(page).getByText("Your unsaved draft was restored.")).toBeVisible();
  await expect(panel(page).getByLabel("Your proposal")).toHaveValue("The meeting lasted an hour and a half.");
  await panel(page).getByLabel("Your proposal").press("Control+Enter");

  await expect(panel(page).getByRole("heading", { name: "Editing sentence 3" })).toBeVisible();
  await expect(sentence(page, 2)).toHaveAccessibleName("Sentence 2: proposed");
  await sentence(page, 2).click();
  const proposals = panel(page).getByRole("list", { name: "Proposals for this sentence" });
  await expect(proposals).toContainText(editor.name);
  await expect(proposals.locator("ins")).toHaveText("[inserted: lasted]");
  await expect(panel(page).getByRole("list", { name: "History of this sentence" })).toContainText(`${editor.name} proposed a correction (status new → proposed)`);

  await proposals.getByRole("button", { name: /Start from this proposal/ }).click();
  await expect(panel(page).getByLabel("Your proposal")).toHaveValue("The meeting lasted an hour and a half.");
  await panel(page).getByLabel("Your proposal").fill("The meeting lasted ninety minutes.");
  await panel(page).getByRole("button", { name: "Submit proposal" }).click();
  await expect(proposals.getByRole("listitem")).toHaveCount(2);
  await expect(proposals.getByRole("listitem").first()).toContainText("based on proposal");
});

test("an editor who opens a sentence with a colleague's waiting proposal starts from it, the MT a click away, and the new proposal records what it built on", async ({ page, login }) => {
  await login("editor");
  const { id, segments } = await importArticle();
  const theirs = "The meeting lasted an hour and a half.";
  const { proposalId } = await submitProposal({ actor: await createTestActor("editor"), segmentId: segments[1].id, text: theirs, expectedVersion: 0 });
  await page.goto(`/documents/${id}`);
  await sentence(page, 2).click();
  const draft = panel(page).getByLabel("Your proposal");
  await expect(draft).toHaveValue(theirs);
  await expect(panel(page).getByRole("status").filter({ hasText: "Starts from the latest proposal (not reviewed yet), not from the MT" })).toBeVisible();

  await draft.press("Control+Enter");
  await expect(panel(page).getByRole("alert")).toHaveText(/unchanged: change it first/);
  await panel(page).getByRole("button", { name: "The MT", exact: true }).click();
  await expect(draft).toHaveValue(segments[1].mtText);
  await panel(page).getByRole("button", { name: "The latest proposal" }).click();
  await expect(draft).toHaveValue(theirs);

  await draft.fill("The meeting lasted ninety minutes.");
  await panel(page).getByRole("button", { name: "Submit proposal" }).click();
  await expect(panel(page).getByText("Proposal submitted.")).toBeVisible();
  const mine = await getDb().proposal.findFirstOrThrow({ where: { segmentId: segments[1].id, text: "The meeting lasted ninety minutes." } });
  expect(mine.basedOnId).toBe(proposalId);
});

test("two editors save the same sentence: the second sees a conflict with both texts and chooses", async ({ browser, baseURL }) => {
  const { id } = await importArticle();
  const first = await openAs(browser, baseURL!, "editor");
  const second = await openAs(browser, baseURL!, "editor");
  for (const { page } of [first, second]) {
    await page.goto(`/documents/${id}`);
    await sentence(page, 2).click();
  }
  await panel(first.page).getByLabel("Your proposal").fill("The meeting lasted an hour and a half.");
  await panel(second.page).getByLabel("Your proposal").fill("The meeting took ninety minutes.");
  await panel(first.page).getByRole("button", { name: "Submit proposal" }).click();
  await expect(panel(first.page).getByText("Proposal submitted.")).toBeVisible();

  await panel(second.page).getByRole("button", { name: "Submit proposal" }).click();
  const conflict = panel(second.page).getByRole("alert").filter({ hasText: "Someone saved this sentence" });
  await expect(conflict).toContainText(`Their text (by ${first.actor.name})`);
  const diff = conflict.getByRole("group", { name: "Their text against yours" });
  await expect(diff.locator("del").first()).toHaveText("[deleted: lasted]");
  await expect(diff.locator("ins").first()).toHaveText("[inserted: took]");
  await conflict.getByRole("button", { name: "Submit mine on top" }).focus();
  await second.page.keyboard.press("Enter");
  await expect(panel(second.page).getByText("Proposal submitted.")).toBeVisible();
  // The conflict and its buttons are gone: the keyboard carries on from the sentence's heading, not the top of the page.
  await expect(panel(second.page).getByRole("heading", { name: /^Editing sentence \d+$/ })).toBeFocused();
  const proposals = panel(second.page).getByRole("list", { name: "Proposals for this sentence" });
  await expect(proposals.getByRole("listitem")).toHaveCount(2);
  await expect(proposals.getByRole("listitem").first()).toContainText(second.actor.name);
  await first.context.close();
  await second.context.close();
});

test("markup and very long words in the MT and in proposals show as text and wrap", async ({ page, login }) => {
  await login("editor");
  const long = "Supercalifragilistic".repeat(20);
  const { id } = await importArticle(`Markup\n\nHe wrote <script>alert("xss")</script> and <img src=x onerror="alert(1)"> here. ${long} ends it.\n`);
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`/documents/${id}`);
  await expect(page.locator("#segment-2")).toContainText('<script>alert("xss")</script>');
  await expect(page.locator("#segment-2")).toContainText('<img src=x onerror="alert(1)">');
  await expect(page.locator("article img")).toHaveCount(0);
  const last = page.locator(`[id^=segment-]`).filter({ hasText: long });
  const [width, container] = await Promise.all([last.evaluate((element) => element.getBoundingClientRect().width), page.locator("article").evaluate((element) => element.clientWidth)]);
  expect(width).toBeLessThanOrEqual(container);

  await sentence(page, 2).click();
  await panel(page).getByLabel("Your proposal").fill("He wrote <b>bold</b> here.");
  const diff = panel(page).getByRole("group", { name: "Changes against the MT" });
  await expect(diff.locator("ins").filter({ hasText: "bold" })).toHaveText("[inserted: bold]");
  await expect(panel(page).locator("b, script, img")).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test("filters by status and flag, and a search over MT and proposals, narrow the list", async ({ page, login }) => {
  await login("reviewer");
  const { id, segments } = await importArticle();
  const editor = await createTestActor("editor");
  await submitProposal({ actor: editor, segmentId: segments[1].id, text: "The meeting lasted an hour and a half.", expectedVersion: 0 });
  const at = segments[2].mtText.indexOf("Prezident");
  await createAnnotation({ actor: editor, segmentId: segments[2].id, fields: { start: at, end: at + 15, category: "Terminology", subcategory: "Inappropriate for context", severity: "Critical" } });
  await page.goto(`/documents/${id}`);
  const shown = page.locator("[id^=segment-]");
  await expect(shown).toHaveCount(4);
  await expect(page.getByRole("textbox", { name: "Your proposal" })).toHaveCount(0);

  await page.getByLabel("Status").selectOption("proposed");
  await expect(shown).toHaveCount(1);
  await expect(shown).toContainText("borrowed");
  await page.getByLabel("Status").selectOption("");
  await page.getByLabel("Flag category").selectOption("Terminology");
  await page.getByLabel("Flag severity").selectOption("Critical");
  await expect(shown).toHaveCount(1);
  await expect(shown).toContainText("Prezident");
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(shown).toHaveCount(4);

  await page.getByLabel("Search MT and proposals").fill("lasted");
  await page.getByLabel("Search MT and proposals").press("Enter");
  await expect(shown).toHaveCount(1);
  await expect(shown).toContainText("The meeting borrowed");
  await page.getByLabel("Search MT and proposals").fill("bulgaria");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(shown).toHaveCount(1);
  await expect(shown).toContainText("Romania");
});

test("active time on an open sentence is recorded while the editor works, not while idle", async ({ page, login }) => {
  const editor = await login("editor");
  const { id, segments } = await importArticle();
  await page.clock.install();
  await page.goto(`/documents/${id}`);
  await sentence(page, 2).click();
  await panel(page).getByLabel("Your proposal").press("End");
  await page.clock.runFor(16_000);
  const spent = () => getDb().segmentTime.findUnique({ where: { segmentId_userId: { segmentId: segments[1].id, userId: editor.id } } }).then((row) => row?.activeMs ?? 0);
  await expect.poll(spent).toBeGreaterThanOrEqual(14_000);
  const afterWork = await spent();
  // Two idle minutes count only up to 30 s after the last input.
  await page.clock.runFor(120_000);
  await expect.poll(spent).toBeGreaterThanOrEqual(afterWork + 10_000);
  expect(await spent()).toBeLessThanOrEqual(afterWork + 16_000);
});

test("a screen reader hears that a proposal or a confirmation was saved when the next sentence opens in its place", async ({ page, login }) => {
  await login("editor");
  const { id } = await importArticle();
  await page.goto(`/documents/${id}`);
  await sentence(page, 2).click();
  const draft = panel(page).getByLabel("Your proposal");
  await draft.fill("The meeting lasted an hour and a half.");
  await draft.press("Control+Enter");
  await expect(panel(page).getByRole("heading", { name: "Editing sentence 3" })).toBeVisible();
  const announced = page.getByRole("status").filter({ hasText: /^(Proposal|Sentence \d)/ });
  await expect(announced).toHaveText("Proposal for sentence 2 submitted; the next sentence that needs work is open.");

  await sentence(page, 4).click();
  await expect(panel(page).getByRole("heading", { name: "Editing sentence 4" })).toBeVisible();
  await panel(page).getByRole("button", { name: "The MT is right" }).press("Enter");
  await expect(announced).toHaveText("Sentence 4 confirmed: the MT is right.");
  await expect(page.getByRole("heading", { name: "Editing sentence 4" })).toBeFocused();
});
