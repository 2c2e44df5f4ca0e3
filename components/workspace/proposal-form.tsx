"use client";

import { useEffect, useRef, useState, useTransition, type KeyboardEvent } from "react";
import type { ProposalConflict } from "@/lib/server/proposals/submit-proposal";
import { CheckErrors } from "@/components/checks/check-errors";
import type { CheckError } from "@/lib/server/checks/proposal-check-errors";
import { ConflictView } from "./conflict-view";
import { focusPanelIfLost } from "./refocus-panel";
import { RemainingLength } from "@/components/ui/remaining-length";
import { WordDiff } from "@/components/ui/word-diff";
import { saveProposal } from "./save-proposal";
import { useDraft, type Draft } from "./use-draft";
import styles from "./workspace.module.css";

export type StartFrom = { text: string; basedOnId: number | null; nonce: number };
type Latest = { id: number; text: string } | null;
type Props = {
  documentId: number;
  segment: { id: number; mtText: string; version: number; status: string };
  latest: { id: number; text: string } | null;
  startFrom: StartFrom | null;
  /** `edit`: the text the proposal changed and the proposal, for the offer to make the same change elsewhere. */
  onSubmitted: (moveOn: boolean, edit: { before: string; after: string }) => void;
  onConflict: () => void;
  onEditing: (editing: boolean) => void;
};

/**
 * What the box starts from: the proposal waiting for review (an editor refines a colleague's work rather than retyping
 * it) or the approved text, built on and recorded as such; else the MT.
 */
function startingPoint(status: string, mtText: string, latest: Latest): { draft: Draft; from: "proposal" | "approved" | null } {
  if (latest && status === "proposed") return { draft: { text: latest.text, basedOnId: latest.id }, from: "proposal" };
  if (latest && status === "approved") return { draft: { text: latest.text, basedOnId: latest.id }, from: "approved" };
  return { draft: { text: mtText, basedOnId: null }, from: null };
}

/** The editor's corrected English with a live word diff against the MT; Ctrl+Enter submits and moves on. */
export function ProposalForm({ documentId, segment, latest, startFrom, onSubmitted, onConflict, onEditing }: Props) {
  const [start] = useState(() => startingPoint(segment.status, segment.mtText, latest));
  const { draft, version, restored, setDraft, rebase } = useDraft(segment.id, segment.version, start.draft, segment.mtText);
  const [conflict, setConflict] = useState<ProposalConflict | null>(null);
  const [merging, setMerging] = useState<ProposalConflict | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [checkErrors, setCheckErrors] = useState<CheckError[] | null>(null);
  const [pending, startTransition] = useTransition();
  const textarea = useRef<HTMLTextAreaElement>(null);
  // What the editor had typed before a "start from" (the MT, the latest proposal, a TM match) replaced it.
  const [replaced, setReplaced] = useState<typeof draft | null>(null);

  function replaceDraft(next: typeof draft) {
    const typed = draft.text !== next.text && draft.text !== segment.mtText && draft.text !== latest?.text;
    setReplaced(typed ? draft : null);
    setDraft(next);
  }

  useEffect(() => {
    if (!startFrom) return;
    replaceDraft({ text: startFrom.text, basedOnId: startFrom.basedOnId });
    textarea.current?.focus();
  }, [startFrom]); // eslint-disable-line react-hooks/exhaustive-deps

  // A conflict resolved from its buttons, which go with it: the keyboard carries on from the sentence's heading.
  const hadConflict = useRef(false);
  useEffect(() => {
    if (hadConflict.current && !conflict) focusPanelIfLost();
    hadConflict.current = conflict !== null;
  }, [conflict]);

  function submit(moveOn: boolean, atVersion = version, basedOnId = draft.basedOnId, checkOverrideReason?: string) {
    if (pending) return;
    const text = draft.text;
    const before = basedOnId !== null && latest?.id === basedOnId ? latest.text : segment.mtText;
    if (basedOnId !== null && text.trim() === before) return setMessage({ ok: false, text: "This is the text it starts from, unchanged: change it first (or move on with j)." });
    startTransition(async () => {
      const result = await saveProposal(documentId, segment.id, { text, basedOnId, expectedVersion: atVersion, checkOverrideReason });
      setCheckErrors(!result.ok && result.checkErrors ? result.checkErrors : null);
      if (result.ok) {
        rebase(result.version, { text, basedOnId: result.proposalId }, false);
        setReplaced(null);
        setConflict(null);
        setMerging(null);
        setMessage({ ok: true, text: "Proposal submitted." });
        onSubmitted(moveOn, { before, after: text.trim() });
      } else if (result.conflict) {
        setConflict(result.conflict);
        setMessage(null);
        onConflict();
      } else {
        setMessage(result.checkErrors ? null : { ok: false, text: result.message });
      }
    });
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit(true);
    }
  }

  return (
    <section aria-labelledby="propose-heading">
      <h3 id="propose-heading">Propose a correction</h3>
      <div className={styles.inline}>
        <span className={styles.meta}>Start from:</span>
        <button type="button" className={`secondary ${styles.small}`} onClick={() => replaceDraft({ text: segment.mtText, basedOnId: null })}>The MT</button>
        <button type="button" className={`secondary ${styles.small}`} disabled={!latest} onClick={() => latest && replaceDraft({ text: latest.text, basedOnId: latest.id })}>The latest proposal</button>
      </div>
      {start.from && !restored && draft.basedOnId === start.draft.basedOnId && (
        <p className={styles.meta} role="status">
          {start.from === "proposal" ? "Starts from the latest proposal (not reviewed yet)" : "Starts from the approved text"}, not from the MT; “The MT” above starts from the MT.
        </p>
      )}
      {replaced && (
        <p className={styles.meta} role="status">
          Your typed text was replaced.{" "}
          <button type="button" className={`secondary ${styles.small}`} onClick={() => { setDraft(replaced); setReplaced(null); textarea.current?.focus(); }}>Bring it back</button>
        </p>
      )}
      {restored && (
        <p className={styles.meta} role="status">
          Your unsaved draft was restored.{restored === "older" && " The sentence changed since you started it: submitting shows both texts to compare."}
        </p>
      )}
      {conflict && (
        <ConflictView
          conflict={conflict}
          pending={pending}
          onKeepTheirs={() => { rebase(conflict.version, { text: conflict.theirText, basedOnId: latest?.id ?? null }, false); setConflict(null); setMessage({ ok: true, text: "Their text was kept." }); textarea.current?.focus(); }}
          onSubmitMine={() => submit(false, conflict.version, latest?.id ?? null)}
          onMerge={() => { rebase(conflict.version, { text: draft.text, basedOnId: latest?.id ?? null }, true); setMerging(conflict); setConflict(null); textarea.current?.focus(); }}
        />
      )}
      <div className={styles.form}>
        <label>Your proposal
          <textarea id="proposal-text" ref={textarea} value={draft.text} onChange={(event) => setDraft({ ...draft, text: event.target.value })} onKeyDown={onKeyDown} onFocus={() => onEditing(true)} onBlur={() => onEditing(false)} aria-describedby="proposal-help proposal-length" />
        </label>
        <RemainingLength id="proposal-length" text={draft.text} />
        <p id="proposal-help" className={styles.meta}>Ctrl+Enter submits and opens the next sentence that needs work.</p>
        <span className={styles.meta}>Changes against the MT</span>
        <WordDiff from={segment.mtText} to={draft.text} label="Changes against the MT" />
        {merging && (
          <>
            <span className={styles.meta}>Changes from {merging.theirAuthor}’s text to your draft</span>
            <WordDiff from={merging.theirText} to={draft.text} label="Their text against your draft" />
          </>
        )}
        {checkErrors && <CheckErrors errors={checkErrors} pending={pending} onSubmitAnyway={(reason) => submit(false, version, draft.basedOnId, reason)} />}
        {message && <p className={message.ok ? "notice" : "alert"} role={message.ok ? "status" : "alert"}>{message.text}</p>}
        <div>
          <button type="button" aria-disabled={pending} onClick={() => submit(false)}>Submit proposal</button>
        </div>
      </div>
    </section>
  );
}
