import type { Page } from "@playwright/test";
import { getDb } from "../lib/db";
import { importDocument } from "../lib/server/documents/import-document";
import { submitProposal } from "../lib/server/proposals/submit-proposal";
import { createAccount } from "../lib/server/users/create-account";
import { createTestActor } from "../tests/factories";
import { test, expect, TEST_PASSWORD, createDocument, numberedArticle, uniqueTitle } from "./fixtures";

const ARTICLE = "Talks in Geneva\n\nThe meeting borrowed an hour and a half. Lavrov spoke in Prezident hotel. These include Bulgaria and Romania.\n";

/** Text with no place to break a line: the worst case for a layout. */
const unbroken = (length: number, seed: string) => `${seed}${"x".repeat(length - seed.length)}`;

/** A document with a 300-character title and a person with a 254-character email and a very long name, both unbroken. */
async function longTexts() {
  const admin = await createTestActor("admin");
  const title = unbroken(300, `Long${Date.now()}${Math.random().toString(36).slice(2, 8)}`);
  const { id } = await importDocument({ actor: admin, bytes: new TextEncoder().encode(ARTICLE), input: { title } });
  const email = `${unbroken(64, `l${Date.now()}`)}@${unbroken(180, "d")}.example`.toLowerCase();
  await getDb().$transaction((tx) => createAccount(tx, { name: unbroken(1_000, "Name"), email, password: TEST_PASSWORD, roles: ["editor"] }), { maxWait: 30_000, timeout: 30_000 });
  const segment = await getDb().segment.findFirstOrThrow({ where: { documentId: id, order: 2 } });
  await submitProposal({ actor: await createTestActor("editor"), segmentId: segment.id, text: `${unbroken(400, "Corrected")} sentence.`, expectedVersion: segment.version });
  return { id };
}

async function expectNoSideways(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator("main")).toBeVisible();
  const { scrollWidth, innerWidth, culprits } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    // The innermost elements sticking out, to name in the failure message.
    culprits: Array.from(document.querySelectorAll("body *"))
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1 && !Array.from(element.children).some((child) => child.getBoundingClientRect().right > window.innerWidth + 1))
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
  }));
  expect(scrollWidth, `${path} is ${scrollWidth}px wide in a ${innerWidth}px window: ${culprits.join(", ")}`).toBeLessThanOrEqual(innerWidth);
}

/** No two of the header's items (brand, links, name, roles, Sign out) cover each other. */
async function expectHeaderUnoverlapped(page: Page, path: string) {
  const overlaps = await page.evaluate(() => {
    const items = Array.from(document.querySelectorAll<HTMLElement>("header.site .brand, header.site nav a, header.site .who .name, header.site .who .badge, header.site .who button"));
    const boxes = items.map((item) => ({ name: item.textContent!.trim().slice(0, 30), box: item.getBoundingClientRect() }));
    const cover = (a: DOMRect, b: DOMRect) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
    return boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => cover(a.box, b.box)).map((b) => `"${a.name}" and "${b.name}"`));
  });
  expect(overlaps, `${path}: header items overlap`).toEqual([]);
}

/** Every table cell keeps a readable width: a stacked row, or a table that scrolls inside its own box, never a letter a line. */
async function expectReadableCells(page: Page, path: string) {
  const narrow = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>("main td, main th"))
      // A stacked table's header row is only there for screen readers, clipped to a pixel.
      .filter((cell) => (cell.closest("thead")?.getBoundingClientRect().width ?? 2) > 1)
      .map((cell) => ({ text: cell.textContent!.trim().slice(0, 30), width: cell.getBoundingClientRect().width }))
      .filter(({ width }) => width > 1 && width < 60),
  );
  expect(narrow, `${path}: cells narrower than 60 px`).toEqual([]);
}

const pagesOf = (id: number) => ["/", "/documents/new", `/documents/${id}`, `/documents/${id}?boundaries=1`, `/documents/${id}/report`, `/documents/${id}/activity`, `/documents/${id}/export`, "/review", "/admin/users"];

for (const width of [390, 640]) {
  // 640 px is a 1,280 px window at 200% zoom.
  test(`at ${width} px wide no page scrolls sideways, long texts included, and Sign out stays in view`, async ({ page, login }) => {
    test.slow(); // a dozen pages
    const { id } = await longTexts();
    await page.setViewportSize({ width, height: 800 });
    await login("admin", "reviewer");
    for (const path of pagesOf(id)) {
      await expectNoSideways(page, path);
      await expect(page.getByRole("button", { name: "Sign out" }), path).toBeInViewport();
      await expectHeaderUnoverlapped(page, path);
      await expectReadableCells(page, path);
    }
    // An admin alone has a short name and badge, which leave the links the least room beside them.
    await login("admin");
    await expectNoSideways(page, "/");
    await expectHeaderUnoverlapped(page, "/ (admin)");
    await login("editor");
    await expectNoSideways(page, "/feedback");
    await expectNoSideways(page, `/documents/${id}`);
    await page.context().clearCookies();
    await expectNoSideways(page, "/sign-in");
  });
}

test("at 390 px wide, tapping a sentence opens its panel where the person is", async ({ page, login }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await login("editor");
  const { id } = await longTexts();
  await page.goto(`/documents/${id}`);
  await expect(page.locator("[data-workspace-ready]")).toBeVisible();
  await page.getByRole("button", { name: /^Sentence 3:/ }).click();
  await expect(page.getByRole("complementary").getByRole("heading", { name: "Editing sentence 3" })).toBeInViewport();
  await expect(page.getByRole("complementary").getByRole("button", { name: "Close the sentence (Escape)" })).toBeInViewport();
});

test("at 390 px wide, a sentence tapped low in the window moves above the panel that opens over it", async ({ page, login }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await login("editor");
  const id = await createDocument(uniqueTitle("Sheet"), numberedArticle(60));
  await page.goto(`/documents/${id}`);
  await expect(page.locator("[data-workspace-ready]")).toBeVisible();
  // The lowest sentence button fully in the window, in the bottom half: where the sheet is about to open.
  const low = await page.evaluate(() => {
    const buttons = Array.from(document.querySelectorAll<HTMLElement>("[data-segment-id]")).filter((button) => {
      const box = button.getBoundingClientRect();
      return box.top > window.innerHeight / 2 && box.bottom < window.innerHeight;
    });
    return buttons.at(-1)?.dataset.segmentId;
  });
  expect(low, "a sentence in the bottom half of the window").toBeTruthy();
  const sentence = page.locator(`[data-segment-id="${low}"]`);
  await sentence.click();
  const panel = page.getByRole("complementary");
  await expect(panel.getByRole("heading", { name: /^Editing sentence/ })).toBeInViewport();
  await expect(sentence).toBeInViewport();
  await expect.poll(async () => (await sentence.boundingBox())!.y + (await sentence.boundingBox())!.height <= (await panel.boundingBox())!.y).toBe(true);
});
