"use client";

import { findDraft } from "./draft-store";

export type Merged = { order: number; draft: string | null; nonce: number };

/** The unsaved draft of a sentence that no longer exists, read once before the notice shows it. */
export function lostDraft(segmentId: number): string | null {
  try {
    return findDraft(window.localStorage, segmentId, Number.MAX_SAFE_INTEGER, [""])?.draft.text ?? null;
  } catch {
    return null;
  }
}

/** Says why the open sentence changed under the editor, and gives back what they had typed in the one that is gone. */
export function MergedNotice({ merged, onDismiss }: { merged: Merged; onDismiss: () => void }) {
  return (
    <div className="alert" role="alert">
      <p>A colleague merged the sentence you had open into sentence {merged.order}, which is open now.</p>
      {merged.draft && (
        <p>
          Your unsaved draft of it, to copy into a proposal if you still need it: <q>{merged.draft}</q>
        </p>
      )}
      <button type="button" className="secondary" onClick={onDismiss}>Dismiss</button>
    </div>
  );
}
