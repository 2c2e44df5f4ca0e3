"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { createPortal } from "react-dom";
import { mergeSegmentAction, splitSegmentAction } from "@/app/documents/[id]/actions";
import { SourceText } from "@/components/bilingual/source-text";
import { LinkButtons } from "./link-buttons";
import { splitPoints } from "./split-points";
import { SplitText } from "./split-text";

type Props = {
  documentId: number;
  segment: { id: number; order: number; mtText: string; sourceText: string | null; version: number };
  canMerge: boolean;
  /** Set for a bilingual document: the dialog then also fixes the group's links. */
  sourceLanguage?: string | null;
};

/**
 * A native modal dialog: focus stays inside, Escape closes it, and the opener gets focus back. It is put in the body only
 * while open: inside the sentence's paragraph or heading it would be invalid HTML, which the browser's parser moves out of
 * the paragraph, so the server's HTML and React's would differ (hydration error 418).
 */
export function BoundaryDialog({ documentId, segment, canMerge, sourceLanguage = null }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const points = splitPoints(segment.mtText);
  const [at, setAt] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (open) dialog.current?.showModal();
  }, [open]);

  function run(action: () => Promise<{ ok: boolean; message: string }>) {
    startTransition(async () => {
      const result = await action();
      if (result.ok) dialog.current?.close();
      else setMessage(result.message);
    });
  }

  return (
    <>
      <button type="button" className="segment-number boundary-button" aria-label={`Fix boundaries of sentence ${segment.order}`} onClick={() => { setMessage(null); setOpen(true); }}>
        {segment.order}
      </button>
      {open &&
        createPortal(
          <dialog ref={dialog} className="card boundary-dialog" aria-labelledby={`boundary-title-${segment.id}`} onClose={() => setOpen(false)}>
            <h2 id={`boundary-title-${segment.id}`}>Sentence {segment.order}</h2>
            {sourceLanguage && <p className="boundary-text panel-source"><SourceText text={segment.sourceText} language={sourceLanguage} /></p>}
            <p className="muted">
              {points.length > 0
                ? "Click between two words where the first sentence should end, then split. Merging joins this sentence with the next one."
                : "This sentence has no place between two words to split at. Merging joins it with the next sentence."}
            </p>
            <SplitText text={segment.mtText} chosen={at} onChoose={setAt} />
            {message && <p className="alert" role="alert">{message}</p>}
            <div className="row">
              <button type="button" disabled={pending || at === null} onClick={() => at !== null && run(() => splitSegmentAction({ documentId, segmentId: segment.id, version: segment.version, at }))}>
                Split at the chosen point
              </button>
              <button type="button" className="secondary" disabled={pending || !canMerge} onClick={() => run(() => mergeSegmentAction({ documentId, segmentId: segment.id, version: segment.version }))}>
                Merge with the next sentence
              </button>
              <button type="button" className="secondary" onClick={() => dialog.current?.close()}>Cancel</button>
            </div>
            {sourceLanguage && <LinkButtons documentId={documentId} segment={segment} pending={pending} run={run} />}
          </dialog>,
          document.body,
        )}
    </>
  );
}
