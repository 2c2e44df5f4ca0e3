"use client";

import { useCallback, useEffect, useState } from "react";

export type Draft = { text: string; basedOnId: number | null };
const keyFor = (segmentId: number, version: number) => `verso:draft:${segmentId}:${version}`;

function readDraft(key: string): Draft | null {
  try {
    const stored = JSON.parse(localStorage.getItem(key) ?? "null");
    return stored && typeof stored.text === "string" ? stored : null;
  } catch {
    return null;
  }
}

function store(key: string, draft: Draft | null) {
  try {
    if (draft) localStorage.setItem(key, JSON.stringify(draft));
    else localStorage.removeItem(key);
  } catch {
    // A full or disabled storage only costs the reload safety net.
  }
}

/**
 * A proposal draft and the segment version it starts from, kept in localStorage under segment id + version, so a
 * reload restores it while a draft made against an older version never silently reappears.
 */
export function useDraft(segmentId: number, openedAtVersion: number, initial: Draft) {
  const [version, setVersion] = useState(openedAtVersion);
  const [draft, setDraftState] = useState<Draft>(initial);
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    const stored = readDraft(keyFor(segmentId, openedAtVersion));
    if (stored) {
      setDraftState(stored);
      setRestored(true);
    }
  }, [segmentId, openedAtVersion]);

  const setDraft = useCallback((next: Draft) => {
    setDraftState(next);
    store(keyFor(segmentId, version), next);
  }, [segmentId, version]);

  /** Moves the draft to another version (after a conflict or a submit); `persist` false just forgets the old one. */
  const rebase = useCallback((nextVersion: number, next: Draft, persist: boolean) => {
    store(keyFor(segmentId, version), null);
    setVersion(nextVersion);
    setDraftState(next);
    if (persist) store(keyFor(segmentId, nextVersion), next);
  }, [segmentId, version]);

  return { draft, version, restored, setDraft, rebase };
}
