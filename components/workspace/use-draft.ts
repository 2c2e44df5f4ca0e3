"use client";

import { useCallback, useEffect, useState } from "react";
import { draftKey, findDraft, writeDraft, type Draft } from "./draft-store";

export type { Draft };
/** `older`: the restored draft was started before someone else saved the sentence. */
export type Restored = "same" | "older" | null;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function store(key: string, draft: Draft | null) {
  const local = storage();
  if (local) writeDraft(local, key, draft);
}

/**
 * A proposal draft and the segment version it starts from, kept in localStorage under segment id + version, so a
 * reload restores it. A draft made against an older version comes back with that version: it is not lost when a
 * colleague saved meanwhile, and submitting it meets their text as a conflict instead of silently overwriting it.
 */
export function useDraft(segmentId: number, openedAtVersion: number, initial: Draft, mtText: string) {
  const [version, setVersion] = useState(openedAtVersion);
  const [draft, setDraftState] = useState<Draft>(initial);
  const [restored, setRestored] = useState<Restored>(null);

  // Once, when the sentence opens: a colleague's save while it is open must not swap the draft being typed.
  useEffect(() => {
    const local = storage();
    const stored = local && findDraft(local, segmentId, openedAtVersion, [initial.text, mtText]);
    if (stored) {
      setDraftState(stored.draft);
      setVersion(stored.version);
      setRestored(stored.version === openedAtVersion ? "same" : "older");
    }
  }, [segmentId]); // eslint-disable-line react-hooks/exhaustive-deps

  const setDraft = useCallback((next: Draft) => {
    setDraftState(next);
    store(draftKey(segmentId, version), next);
  }, [segmentId, version]);

  /** Moves the draft to another version (after a conflict or a submit); `persist` false just forgets the old one. */
  const rebase = useCallback((nextVersion: number, next: Draft, persist: boolean) => {
    store(draftKey(segmentId, version), null);
    setVersion(nextVersion);
    setDraftState(next);
    if (persist) store(draftKey(segmentId, nextVersion), next);
  }, [segmentId, version]);

  return { draft, version, restored, setDraft, rebase };
}
