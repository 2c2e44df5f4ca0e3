import { describe, expect, it } from "vitest";
import { draftKey, findDraft, writeDraft } from "./draft-store";

/** The browser's localStorage, as a map: the part of Storage the drafts use. */
function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    key: (index: number) => [...items.keys()][index] ?? null,
    get length() {
      return items.size;
    },
  };
}

const MT = "The meeting borrowed an hour and a half.";

describe("findDraft", () => {
  it("reopens the draft of the segment's current version", () => {
    const storage = memoryStorage();
    writeDraft(storage, draftKey(7, 2), { text: "The meeting lasted an hour and a half.", basedOnId: 3 });
    expect(findDraft(storage, 7, 2, [MT])).toEqual({ draft: { text: "The meeting lasted an hour and a half.", basedOnId: 3 }, version: 2 });
  });

  it("reopens a draft written before a colleague saved the sentence, at the version it started from, so submitting it shows the conflict", () => {
    const storage = memoryStorage();
    writeDraft(storage, draftKey(7, 0), { text: "An old draft.", basedOnId: null });
    writeDraft(storage, draftKey(7, 1), { text: "My long draft of sentence 7.", basedOnId: null });
    writeDraft(storage, draftKey(8, 1), { text: "Another sentence's draft.", basedOnId: null });
    expect(findDraft(storage, 7, 2, [MT])).toEqual({ draft: { text: "My long draft of sentence 7.", basedOnId: null }, version: 1 });
  });

  it("drops an older draft that is only the MT, and never reopens a draft of a newer version", () => {
    const storage = memoryStorage();
    writeDraft(storage, draftKey(7, 1), { text: MT, basedOnId: null });
    writeDraft(storage, draftKey(7, 5), { text: "From the future.", basedOnId: null });
    expect(findDraft(storage, 7, 2, [MT])).toBeNull();
    expect(storage.getItem(draftKey(7, 1))).toBeNull();
  });
});
