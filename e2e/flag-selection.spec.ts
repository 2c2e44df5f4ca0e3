import type { Locator, Page } from "@playwright/test";
import { getDb } from "../lib/db";
import { test, expect, createDocument, openAs, uniqueTitle } from "./fixtures";
import { textBox } from "./text-box";

const ARTICLE = "Talks in Geneva\n\nThe meeting borrowed an hour and a half. Lavrov spoke in Prezident hotel. These include Bulgaria and Romania.\n";

const sentence = (page: Page, order: number) => page.getByRole("button", { name: new RegExp(`^Sentence ${order}:`) });
const panel = (page: Page) => page.getByRole("complementary");
const picker = (page: Page) => page.getByRole("textbox", { name: /select words to flag/ });

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

/** Drags across these characters of the text, as a person selects them (possibly starting inside a word). */
async function dragOver(page: Page, area: Locator, words: string) {
  const box = await textBox(area, words);
  await drag(page, { x: box.x1, y: box.y }, { x: box.x2, y: box.y });
}

async function openDocument(page: Page) {
  const id = await createDocument(uniqueTitle("Selection"), ARTICLE);
  const segments = await getDb().segment.findMany({ where: { documentId: id }, orderBy: { order: "asc" } });
  await page.goto(`/documents/${id}`);
  await expect(page.locator("[data-workspace-ready]")).toBeVisible();
  // The checks' markers arrive just after the list and move the words after them: drag only once they are in place.
  await expect(page.locator("[data-finding-count]").first()).toBeVisible();
  return segments;
}

async function addFlagAndRead(page: Page, segmentId: number) {
  await panel(page).getByRole("button", { name: "Add flag" }).click();
  await expect(panel(page)).toContainText("Flag added.");
  const stored = await getDb().annotation.findFirstOrThrow({ where: { segmentId }, orderBy: { id: "desc" } });
  return stored;
}

test("a drag that ends outside the MT box selects what it covered inside the box, and that is what gets flagged", async ({ page, login }) => {
  await login("editor");
  const segments = await openDocument(page);
  await sentence(page, 2).click();
  await dragOver(page, picker(page), "borrowed an hour");
  await expect(panel(page)).toContainText("Selected: “borrowed an hour”");

  // A new drag from "and" down past the box's bottom edge: the old selection must not survive.
  const start = await textBox(picker(page), "and a half");
  const edge = (await picker(page).boundingBox())!;
  await drag(page, { x: start.x1, y: start.y }, { x: edge.x + edge.width - 4, y: edge.y + edge.height + 40 });
  await expect(panel(page)).toContainText("Selected: “and a half.”");
  await expect(panel(page)).toContainText("only the part inside it counts");
  const stored = await addFlagAndRead(page, segments[1].id);
  expect(segments[1].mtText.slice(stored.start, stored.end)).toBe("and a half.");
});

test("with nothing selected before, a drag out of the box still registers", async ({ page, login }) => {
  await login("editor");
  const segments = await openDocument(page);
  await sentence(page, 3).click();
  const start = await textBox(picker(page), "Prezident");
  const edge = (await picker(page).boundingBox())!;
  await drag(page, { x: start.x1, y: start.y }, { x: edge.x + edge.width - 4, y: edge.y + edge.height + 40 });
  await expect(panel(page)).toContainText("Selected: “Prezident hotel.”");
  const stored = await addFlagAndRead(page, segments[2].id);
  expect(segments[2].mtText.slice(stored.start, stored.end)).toBe("Prezident hotel.");
});

test("a drag over parts of words selects the whole words; with Alt held it keeps the characters", async ({ page, login }) => {
  await login("editor");
  const segments = await openDocument(page);
  await sentence(page, 2).click();
  await dragOver(page, picker(page), "orrowed an ho");
  await expect(panel(page)).toContainText("Selected: “borrowed an hour”");

  await page.keyboard.down("Alt");
  await dragOver(page, picker(page), "orrowed an ho");
  await page.keyboard.up("Alt");
  await expect(panel(page)).toContainText("Selected: “orrowed an ho”");
  const stored = await addFlagAndRead(page, segments[1].id);
  expect(segments[1].mtText.slice(stored.start, stored.end)).toBe("orrowed an ho");
});

test("the checks' markers and a colleague's presence arriving after the text move none of its words, so a drag under way selects what it aims at", async ({ page, login, browser, baseURL }) => {
  await login("editor");
  const id = await createDocument(uniqueTitle("Markers"), ARTICLE);
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/documents\/\d+\/findings$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`/documents/${id}`);
  await expect(page.locator("[data-workspace-ready]")).toBeVisible();
  const mt = page.locator("#segment-2 .mt");
  const before = await textBox(mt, "borrowed an hour");
  release();
  await expect(page.locator("#segment-2 [data-finding-count]")).toBeVisible();
  expect(await textBox(mt, "borrowed an hour")).toEqual(before);

  const colleague = await openAs(browser, baseURL!, "editor");
  await colleague.page.goto(`/documents/${id}`);
  await sentence(colleague.page, 2).click();
  await expect(sentence(page, 2)).toHaveAccessibleName(/open by/);
  expect(await textBox(mt, "borrowed an hour")).toEqual(before);
  await expect(mt).toHaveText("The meeting borrowed an hour and a half.");
  await colleague.context.close();
});

test("selecting words in the document text opens the sentence with those words ready to flag", async ({ page, login }) => {
  await login("editor");
  const segments = await openDocument(page);
  const article = page.locator("#segment-3 .mt");
  await dragOver(page, article, "avrov spo");
  await expect(panel(page).getByRole("heading", { name: "Editing sentence 3" })).toBeVisible();
  await expect(panel(page)).toContainText("Selected: “Lavrov spoke”");
  const stored = await addFlagAndRead(page, segments[2].id);
  expect(segments[2].mtText.slice(stored.start, stored.end)).toBe("Lavrov spoke");
  await expect(page.locator("#segment-3").getByTitle(/Minor/)).toHaveText("Lavrov spoke");

  // A selection running on into the next sentence is cut at the end of the first one.
  const from = await textBox(page.locator("#segment-3 .mt"), "hotel");
  const to = await textBox(page.locator("#segment-4 .mt"), "These include");
  await drag(page, { x: from.x1, y: from.y }, { x: to.x2, y: to.y });
  await expect(panel(page).getByRole("heading", { name: "Editing sentence 3" })).toBeVisible();
  await expect(panel(page)).toContainText("Selected: “hotel.”");
  await expect(panel(page)).toContainText("only the part inside it counts");
});

test.describe("on a touch screen", () => {
  test.use({ hasTouch: true });

  test("words selected with a long press open their sentence ready to flag once the selection stops changing", async ({ page, login }) => {
    await login("editor");
    const segments = await openDocument(page);
    const word = await textBox(page.locator("#segment-3 .mt"), "Lavrov");
    // A long press as Chromium performs it: the finger goes down, the browser selects words, the touch is cancelled; no mouseup follows.
    const touch = await page.context().newCDPSession(page);
    await touch.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x: word.x1, y: word.y }] });
    await page.locator("#segment-3 .mt").evaluate((element) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        const at = node.data.indexOf("Lavrov spo");
        if (at === -1) continue;
        window.getSelection()!.setBaseAndExtent(node, at, node, at + "Lavrov spo".length);
        return;
      }
    });
    await touch.send("Input.dispatchTouchEvent", { type: "touchCancel", touchPoints: [] });
    await expect(panel(page).getByRole("heading", { name: "Editing sentence 3" })).toBeVisible();
    await expect(panel(page)).toContainText("Selected: “Lavrov spoke”");
    const stored = await addFlagAndRead(page, segments[2].id);
    expect(segments[2].mtText.slice(stored.start, stored.end)).toBe("Lavrov spoke");
  });
});
