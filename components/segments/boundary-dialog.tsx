"use client";

import { useRef, useState, useTransition } from "react";
import { mergeSegmentAction, splitSegmentAction } from "@/app/documents/[id]/actions";
import { SourceText } from "@/components/bilingual/source-text";
import { LinkButtons } from "./link-buttons";
import { splitPoints } from "./split-points";

type Props = {
  documentId: number;
  segment: { id: number; order: number; mtText: string; sourceText: string | null; version: number };
  canMerge: boolean;
  /** Set for a bilingual document: the dialog then also fixes the group's links. */
  sourceLanguage?: string | null;
};

/** A native modal dialog: focus stays inside, Escape closes it, and the opener gets focus back. */
export function BoundaryDialog({ documentId, segment, canMerge, sourceLanguage = null }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const points = splitPoints(segment.mtText);
  const [at, setAt] = useState(points[Math.floor(points.length / 2)]?.at ?? 0);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function run(action: () => Promise<{ ok: boolean; message: string }>) {
    startTransition(async () => {
      const result = await action();
      if (result.ok) dialog.current?.close();
      else setMessage(result.message);
    });
  }

  return (
    <>
      <button type="button" className="segment-number boundary-button" aria-label={`Fix boundaries of sentence ${segment.order}`} onClick={() => { setMessage(null); dialog.current?.showModal(); }}>
        {segment.order}
      </button>
      <dialog ref={dialog} className="card boundary-dialog" aria-labelledby={`boundary-title-${segment.id}`}>
        <h2 id={`boundary-title-${segment.id}`}>Sentence {segment.order}</h2>
        {sourceLanguage && <p className="boundary-text panel-source"><SourceText text={segment.sourceText} language={sourceLanguage} /></p>}
        <p className="boundary-text">{segment.mtText}</p>
        {message && <p className="alert" role="alert">{message}</p>}
        {points.length > 0 && (
          <label>
            Split point
            <select value={at} onChange={(event) => setAt(Number(event.target.value))}>
              {points.map((point) => <option key={point.at} value={point.at}>{point.label}</option>)}
            </select>
          </label>
        )}
        <div className="row">
          <button type="button" disabled={pending || points.length === 0} onClick={() => run(() => splitSegmentAction({ documentId, segmentId: segment.id, version: segment.version, at }))}>
            Split here
          </button>
          <button type="button" className="secondary" disabled={pending || !canMerge} onClick={() => run(() => mergeSegmentAction({ documentId, segmentId: segment.id, version: segment.version }))}>
            Merge with the next sentence
          </button>
          <button type="button" className="secondary" onClick={() => dialog.current?.close()}>Cancel</button>
        </div>
        {sourceLanguage && <LinkButtons documentId={documentId} segment={segment} pending={pending} run={run} />}
      </dialog>
    </>
  );
}
