import type { Page } from "@playwright/test";
import { createDocument, test, expect, uniqueTitle } from "./fixtures";

// An MT that left a sentence in Hebrew, and one with a stray right-to-left override (U+202E) and no closing mark.
const TEXT = "Bidi\n\nThe first sentence is English. הטקסט הזה בעברית לגמרי. 2021 was a hard year. The word \u202Eevil is here. The next sentence is fine.\n";

/** The left edge, on screen, of the first `text` inside the element matched by `selector`. */
function leftOf(page: Page, selector: string, text: string) {
  return page.evaluate(([selector, text]) => {
    const root = document.querySelector(selector)!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      return range.getBoundingClientRect().left;
    }
    throw new Error(`${text} is not in ${selector}`);
  }, [selector, text] as const);
}

test("a right-to-left sentence or a stray override in the MT stays inside its own sentence, and an override is shown", async ({ page, login }) => {
  const id = await createDocument(uniqueTitle("Right to left"), TEXT);
  await login("editor");
  await page.goto(`/documents/${id}`);
  await expect(page.getByRole("button", { name: /^Sentence 6:/ })).toBeVisible();

  // Sentence 4 starts with a number: it stays after its own number button, not pulled in front of the Hebrew sentence.
  // (Letters next to each other are compared where a line may wrap.)
  const button4 = await page.getByRole("button", { name: /^Sentence 4:/ }).boundingBox();
  expect(await leftOf(page, "#segment-4 .mt", "2021")).toBeGreaterThan(button4!.x);
  // The override in sentence 5 does not turn sentence 6 around.
  expect(await leftOf(page, "#segment-6 .mt", "Th")).toBeLessThan(await leftOf(page, "#segment-6 .mt", "he"));

  // In the open sentence the override is a visible mark, and the words after it read as they are stored.
  await page.getByRole("button", { name: /^Sentence 5:/ }).click();
  const picker = page.locator("#span-picker");
  await expect(picker.locator("[data-bidi-control]")).toHaveAttribute("data-bidi-control", "RLO");
  expect(await leftOf(page, "#span-picker", "ev")).toBeLessThan(await leftOf(page, "#span-picker", "vi"));
  await expect(picker).toHaveText("The word \u202Eevil is here.");

  await page.goto(`/documents/${id}/read`);
  const sentence3 = await page.locator('[data-segment="3"]').boundingBox();
  expect(await leftOf(page, '[data-segment="4"]', "2021")).toBeGreaterThanOrEqual(sentence3!.x + sentence3!.width - 1);
  expect(await leftOf(page, '[data-segment="6"]', "Th")).toBeLessThan(await leftOf(page, '[data-segment="6"]', "he"));
});
