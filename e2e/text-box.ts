import type { Locator } from "@playwright/test";

/** Where a piece of text sits on screen: the left edge of its first character and the right edge of its last. */
export async function textBox(area: Locator, words: string) {
  return area.evaluate((element, target) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      const at = node.data.indexOf(target);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + target.length);
      const rects = range.getClientRects();
      return { x1: rects[0].left + 1, y: rects[0].top + rects[0].height / 2, x2: rects[rects.length - 1].right - 1 };
    }
    throw new Error(`"${target}" is not in the text`);
  }, words);
}
