"use client";

import { useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import { applyReplacementAction, previewReplacementAction } from "@/app/documents/[id]/propagation-actions";
import { applyMessage } from "@/components/propagation/apply-message";
import { applicable, ChangePreview } from "@/components/propagation/change-preview";
import type { SentenceChange } from "@/lib/server/propagation/preview-changes";
import type { SearchQueryInput } from "@/lib/validations/find-replace";
import styles from "./find-replace.module.css";

type Preview = { query: SearchQueryInput; changes: SentenceChange[] };

/** Document-wide find and replace: a preview of every change to check, then proposals for the chosen sentences. */
export function FindReplaceDialog({ documentId }: { documentId: number }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const notice = useRef<HTMLParagraphElement>(null);
  const [applied, setApplied] = useState(0);

  // Applied, the preview and its button that had the focus are gone: the outcome is what a keyboard user reads next.
  useEffect(() => {
    if (applied > 0) notice.current?.focus();
  }, [applied]);

  function findChanges(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const query = { find: String(form.get("find") ?? ""), replace: String(form.get("replace") ?? ""), regex: form.has("regex"), caseSensitive: form.has("caseSensitive"), wholeWord: form.has("wholeWord") };
    startTransition(async () => {
      const outcome = await previewReplacementAction(documentId, query);
      if (!outcome.ok) {
        setPreview(null);
        return setMessage({ ok: false, text: outcome.message });
      }
      setPreview({ query, changes: outcome.value.changes });
      setSelected(applicable(outcome.value.changes));
      setMessage(outcome.value.changes.length === 0 ? { ok: true, text: "No sentence would change." } : null);
    });
  }

  function apply() {
    if (!preview || pending || selected.size === 0) return;
    const segments = preview.changes.filter((change) => selected.has(change.segmentId)).map((change) => ({ segmentId: change.segmentId, expectedVersion: change.version }));
    startTransition(async () => {
      const outcome = await applyReplacementAction(documentId, preview.query, segments, "replace");
      setMessage(outcome.ok ? { ok: true, text: applyMessage(outcome.value) } : { ok: false, text: outcome.message });
      if (outcome.ok) {
        setPreview(null);
        setApplied((count) => count + 1);
      }
    });
  }

  return (
    <>
      <button type="button" className="secondary" onClick={() => dialog.current?.showModal()}>Find and replace</button>
      <dialog ref={dialog} className={`card ${styles.dialog}`} aria-labelledby="find-replace-heading">
        <h2 id="find-replace-heading">Find and replace</h2>
        <p className="muted">Changes each sentence’s current text (approved, else the latest proposal, else the MT) as a new proposal for review.</p>
        <form onSubmit={findChanges}>
          <div className={styles.fields}>
            <label>Find<input name="find" required maxLength={500} autoComplete="off" /></label>
            <label>Replace with<input name="replace" maxLength={2000} autoComplete="off" /></label>
          </div>
          <div className={styles.options}>
            <label><input type="checkbox" name="caseSensitive" defaultChecked /> Match case</label>
            <label><input type="checkbox" name="wholeWord" /> Whole word</label>
            <label><input type="checkbox" name="regex" /> Regular expression</label>
          </div>
          <button type="submit" aria-disabled={pending}>Preview changes</button>
        </form>
        {message && <p ref={notice} tabIndex={-1} className={message.ok ? "notice" : "alert"} role={message.ok ? "status" : "alert"}>{message.text}</p>}
        {preview && preview.changes.length > 0 && (
          <>
            <ChangePreview changes={preview.changes} selected={selected} onChange={setSelected} label="Sentences to change" />
            <div className={styles.row}>
              <button type="button" aria-disabled={pending || selected.size === 0} onClick={apply}>Propose for {selected.size.toLocaleString("en")} sentence{selected.size === 1 ? "" : "s"}</button>
            </div>
          </>
        )}
        <form method="dialog" className={styles.row}><button type="submit" className="secondary">Close</button></form>
      </dialog>
    </>
  );
}
