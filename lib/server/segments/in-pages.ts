const PAGE = 1_000;

/**
 * Reads a document's segments in pages of 1,000 by their order (a keyset cursor, not OFFSET), so a book is never one
 * query loading every segment with its relations. `readPage` gets the order to start after and the page size.
 */
export async function* segmentPages<T extends { order: number }>(readPage: (afterOrder: number, take: number) => Promise<T[]>) {
  for (let afterOrder = 0; ; ) {
    const page = await readPage(afterOrder, PAGE);
    if (page.length > 0) yield page;
    if (page.length < PAGE) return;
    afterOrder = page[page.length - 1].order;
  }
}
