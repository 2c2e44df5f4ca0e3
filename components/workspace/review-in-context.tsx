"use client";

import { useEffect, useRef, useState, useTransition, type KeyboardEvent } from "react";
import { approveInContextAction, editAndApproveInContextAction, rejectInContextAction, reopenSegmentAction, type PanelResult } from "@/app/documents/[id]/review-actions";
import type { AnnotationView } from "@/lib/server/workspace/annotation-view";
import type { SegmentDetail } from "@/lib/server/workspace/get-segment-detail";
import { REJECTION_REASONS } from "@/lib/validations/proposal";
import { OTHER_REASON } from "@/lib/validations/review-form";
import { RemainingLength } from "@/components/ui/remaining-length";
import { FlagsOnApproval } from "./flags-on-approval";
import { ProposalReading, ReadingChoice, type Reading } from "./proposal-reading";
import styles from "./review-in-context.module.css";
import workspace from "./workspace.module.css";

export type Approval = { proposalId: number; order: number; segmentId: number };
type Props = {
  segment: { id: number; order: number; mtText: string; status: string };
  proposals: SegmentDetail["proposals"];
  flags: AnnotationView[];
  actorId: string;
  onChanged: () => Promise<void>;
  onApproved: (approval: Approval) => void;
};
type Pending = { edited: string | null };

/** The reviewer's side of the panel: the newest open proposal with approve, reject and edit-and-approve (a, r, e), and reopen. */
export function ReviewInContext({ segment, proposals, flags, actorId, onChanged, onApproved }: Props) {
  const open = proposals.filter((proposal) => proposal.state === "open");
  const proposal = open.at(-1) ?? null;
  const [reading, setReading] = useState<Reading>("diff");
  const [mode, setMode] = useState<"none" | "reject" | "edit">("none");
  const [editText, setEditText] = useState<string | null>(null);
  const [overrideReason, setOverrideReason] = useState("");
  const [reason, setReason] = useState("");
  const [details, setDetails] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [asking, setAsking] = useState<Pending | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // A decision removes the form or button that had the focus: a keyboard user carries on from the review's heading.
  const refocus = useRef(false);
  const openFlags = flags.filter((flag) => flag.state === "open").length;
  const own = proposal?.author.id === actorId;
  const finished = segment.status === "approved" || segment.status === "confirmed";

  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    if (!document.activeElement || document.activeElement === document.body) heading.current?.focus();
  });

  function act(work: () => Promise<PanelResult>, then?: (result: PanelResult & { ok: true }) => void) {
    if (pending) return;
    startTransition(async () => {
      const result = await work();
      if (!result.ok) return setMessage(result.message);
      setMessage(null);
      refocus.current = true;
      setMode("none");
      setEditText(null);
      then?.(result);
      await onChanged();
    });
  }

  function approve(edited: string | null) {
    if (!proposal) return;
    if (openFlags > 0) {
      setAsking({ edited });
      dialog.current?.showModal();
    } else decide(edited, false);
  }

  function decide(edited: string | null, resolveFlags: boolean) {
    if (!proposal) return;
    const work = edited === null ? () => approveInContextAction(proposal.id, resolveFlags) : () => editAndApproveInContextAction(proposal.id, edited, resolveFlags, overrideReason.trim() || undefined);
    act(work, (result) => onApproved({ proposalId: result.proposalId ?? proposal.id, order: segment.order, segmentId: segment.id }));
  }

  function onEditKey(event: KeyboardEvent) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (editText !== null) approve(editText);
    }
  }

  return (
    <section className={styles.review} aria-labelledby="review-heading">
      <h3 id="review-heading" ref={heading} tabIndex={-1}>Review</h3>
      {message && <p className="alert" role="alert">{message}</p>}
      {proposal === null ? (
        <p className={workspace.meta}>No proposal waits for review on this sentence.</p>
      ) : (
        <>
          <p className={workspace.meta}>
            {proposal.text === segment.mtText ? `${proposal.author.name} confirmed the MT unchanged` : `Proposal #${proposal.id} by ${proposal.author.name}`}
            {open.length > 1 ? ` · ${open.length - 1} older open proposal${open.length > 2 ? "s" : ""}, superseded by approving this one` : ""}
          </p>
          <ReadingChoice value={reading} onChange={setReading} />
          <ProposalReading reading={reading} mtText={segment.mtText} editorText={proposal.text} reviewerText={editText} author={proposal.author.name} />
          <div className={styles.actions}>
            <button type="button" id="review-approve" disabled={own || pending} onClick={() => approve(null)} aria-keyshortcuts="a">Approve</button>
            <button type="button" id="review-reject-open" className="secondary" onClick={() => { setMode("reject"); requestAnimationFrame(() => document.getElementById("review-reason")?.focus()); }} aria-keyshortcuts="r">Reject…</button>
            {!own && (
              <button type="button" id="review-edit-open" className="secondary" onClick={() => { setMode("edit"); setEditText(editText ?? proposal.text); requestAnimationFrame(() => document.getElementById("review-edit")?.focus()); }} aria-keyshortcuts="e">Edit and approve…</button>
            )}
          </div>
          {own && <p className={workspace.meta}>You wrote this proposal, so another reviewer has to approve it.</p>}
          {mode === "reject" && (
            <form className={workspace.form} onSubmit={(event) => { event.preventDefault(); act(() => rejectInContextAction({ proposalId: proposal.id, reason, details })); }}>
              <label>Reason
                <select id="review-reason" value={reason} onChange={(event) => setReason(event.target.value)} required>
                  <option value="" disabled>Choose a reason</option>
                  {[...REJECTION_REASONS, OTHER_REASON].map((text) => <option key={text}>{text}</option>)}
                </select>
              </label>
              <label>Details for the author (required for “Other”)
                <textarea value={details} onChange={(event) => setDetails(event.target.value)} maxLength={900} />
              </label>
              <div className={styles.actions}>
                <button type="submit" disabled={pending}>Reject</button>
                <button type="button" className="secondary" onClick={() => setMode("none")}>Cancel</button>
              </div>
            </form>
          )}
          {mode === "edit" && editText !== null && (
            <div className={workspace.form}>
              <label>Your edit
                <textarea id="review-edit" value={editText} onChange={(event) => setEditText(event.target.value)} onKeyDown={onEditKey} aria-describedby="review-edit-help" />
              </label>
              <p id="review-edit-help" className={workspace.meta}>Ctrl+Enter approves your edit. The three-way view shows it against the editor’s text.</p>
              <RemainingLength text={editText} />
              <label>If the checks report an error you keep on purpose, say why (optional)
                <input type="text" value={overrideReason} onChange={(event) => setOverrideReason(event.target.value)} maxLength={1000} />
              </label>
              <div className={styles.actions}>
                <button type="button" disabled={pending} onClick={() => approve(editText)}>Approve edited text</button>
                <button type="button" className="secondary" onClick={() => { setMode("none"); setEditText(null); }}>Cancel</button>
              </div>
            </div>
          )}
        </>
      )}
      {finished && (
        <div className={styles.actions}>
          <button type="button" className="secondary" disabled={pending} onClick={() => act(() => reopenSegmentAction(segment.id))}>
            Reopen sentence {segment.order}
          </button>
        </div>
      )}
      <FlagsOnApproval ref={dialog} count={openFlags} onChoose={(resolveFlags) => asking && decide(asking.edited, resolveFlags)} />
    </section>
  );
}
