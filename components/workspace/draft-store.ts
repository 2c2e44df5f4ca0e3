// Proposal drafts in the browser's storage, one per segment and the segment version the draft started from.
export type Draft = { text: string; basedOnId: number | null };
export type StoredDraft = { draft: Draft; version: number };
type Store = Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">;

const PREFIX = "verso:draft:";
export const draftKey = (segmentId: number, version: number) => `${PREFIX}${segmentId}:${version}`;

function read(storage: Store, key: string): Draft | null {
  try {
    const stored = JSON.parse(storage.getItem(key) ?? "null");
    return stored && typeof stored.text === "string" ? stored : null;
  } catch {
    return null;
  }
}

export function writeDraft(storage: Store, key: string, draft: Draft | null) {
  try {
    if (draft) storage.setItem(key, JSON.stringify(draft));
    else storage.removeItem(key);
  } catch {
    // A full or disabled storage only costs the reload safety net.
  }
}

/**
 * The draft to reopen: the one started from the segment's current version, else the newest started from an older one
 * (someone saved the sentence meanwhile). That one keeps its old version, so submitting it shows the conflict with
 * both texts instead of losing it or overwriting theirs. An older draft that is only one of the `unchanged` texts (the MT,
 * the text the box starts from) is dropped.
 */
export function findDraft(storage: Store, segmentId: number, version: number, unchanged: readonly string[]): StoredDraft | null {
  const current = read(storage, draftKey(segmentId, version));
  if (current) return { draft: current, version };
  const prefix = `${PREFIX}${segmentId}:`;
  const older: number[] = [];
  for (let index = 0; index < storage.length; index++) {
    const key = storage.key(index);
    const at = key?.startsWith(prefix) ? Number(key.slice(prefix.length)) : NaN;
    if (Number.isInteger(at) && at < version) older.push(at);
  }
  for (const at of older.sort((a, b) => b - a)) {
    const draft = read(storage, draftKey(segmentId, at));
    if (draft && !unchanged.includes(draft.text)) return { draft, version: at };
    writeDraft(storage, draftKey(segmentId, at), null);
  }
  return null;
}
