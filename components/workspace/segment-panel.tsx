"use client";

import { useEffect, useState } from "react";
import type { Typology } from "@/lib/metrics/typology";
import type { AnnotationView } from "@/lib/server/workspace/annotation-view";
import type { SegmentDetail } from "@/lib/server/workspace/get-segment-detail";
import type { PresenceEntry } from "@/lib/server/live/event-types";
import type { SegmentRow } from "@/lib/server/workspace/list-segments";
import { SourceText } from "@/components/bilingual/source-text";
import { FindingList } from "@/components/checks/finding-list";
import { MtTermsContext, useSegmentTerms } from "@/components/glossary/use-segment-terms";
import { TmMatches } from "@/components/tm/tm-matches";
import { CommentThread } from "@/components/comments/comment-thread";
import { ConfirmMtButton } from "./confirm-mt-button";
import { FlagEditor, type IncomingSpan } from "./flag-editor";
import { FlagList } from "./flag-list";
import { HistoryList } from "./history-list";
import { PresenceNote } from "./presence-note";
import { ProposalForm, type StartFrom } from "./proposal-form";
import { ProposalList } from "./proposal-list";
import { ReviewInContext, type Approval } from "./review-in-context";
import { SegmentText } from "./segment-text";
import { StatusBadge } from "./status-badge";
import { useSegmentDetail } from "./use-segment-detail";
import styles from "./workspace.module.css";

export type Abilities = { actorId: string; canFlag: boolean; canPropose: boolean; canReview?: boolean };
type Props = {
  documentId: number;
  row: SegmentRow;
  sourceLanguage: string | null;
  typology: Typology;
  abilities: Abilities;
  /** Colleagues who have this sentence open: nothing is locked, the panel only says so. */
  others: PresenceEntry[];
  /** Changes when someone else changed this sentence, so the panel reads it again. */
  liveNonce: number;
  onEditing: (editing: boolean) => void;
  incoming: IncomingSpan | null;
  onClose: () => void;
  onRowChange: (patch: Partial<SegmentRow>) => void;
  onSubmitted: (moveOn: boolean, edit?: { before: string; after: string }) => void;
  onApproved?: (approval: Approval) => void;
  /** Bumped when something outside the panel (an undo) changed the sentence. */
  reload?: number;
};

export function rowPatch(detail: SegmentDetail): Partial<SegmentRow> {
  const current = detail.proposals.find((proposal) => proposal.id === detail.currentProposalId);
  return { status: detail.status, version: detail.version, annotations: detail.annotations, currentProposal: current ? { id: current.id, text: current.text } : null };
}

/** The open sentence: flag spans, propose a correction, read earlier proposals and the history. */
export function SegmentPanel({ documentId, row, sourceLanguage, typology, abilities, incoming, others, liveNonce, onEditing, onClose, onRowChange, onSubmitted, onApproved, reload }: Props) {
  const { detail, error, refresh } = useSegmentDetail(documentId, row.id);
  const terms = useSegmentTerms(documentId, row.id, liveNonce);
  const [activeFlagId, setActiveFlagId] = useState<number | null>(null);
  const [editing, setEditing] = useState<AnnotationView | null>(null);
  const [startFrom, setStartFrom] = useState<StartFrom | null>(null);
  const flags = detail?.annotations ?? row.annotations;
  useEffect(() => {
    if (liveNonce > 0 || reload) void refresh();
  }, [liveNonce, reload, refresh]);

  async function changed() {
    setEditing(null);
    const fresh = await refresh();
    if (fresh) onRowChange(rowPatch(fresh));
  }

  return (
    <aside className={styles.panel} aria-labelledby="panel-heading">
      <div className={styles.panelHeader}>
        <h2 id="panel-heading" tabIndex={-1}>Editing sentence {row.order}</h2>
        <button type="button" className={`secondary ${styles.small}`} onClick={onClose} aria-label="Close the sentence (Escape)">Close</button>
      </div>
      <p><StatusBadge status={row.status} /> <span className={styles.meta}>version {row.version}</span></p>
      <PresenceNote others={others} />
      {error && <p className="alert" role="alert">{error}</p>}
      {sourceLanguage && (
        <p className="panel-source" aria-label="Source">
          <SourceText text={row.sourceText} language={sourceLanguage} terms={terms.source} />
        </p>
      )}
      <MtTermsContext value={terms.mt}>
        {abilities.canFlag ? (
          <FlagEditor key={editing?.id ?? "new"} segmentId={row.id} text={row.mtText} flags={flags} typology={typology} editing={editing} activeFlagId={activeFlagId} incoming={incoming} onDone={changed} />
        ) : (
          <p className={styles.picker}><SegmentText text={row.mtText} flags={flags} typology={typology} activeFlagId={activeFlagId} /></p>
        )}
      </MtTermsContext>
      <FlagList text={row.mtText} flags={flags} actorId={abilities.actorId} onActive={setActiveFlagId} onEdit={setEditing} onChanged={changed} />
      <FindingList documentId={documentId} segmentId={row.id} mtText={row.mtText} canDecide={abilities.canFlag} refreshKey={`${row.version}:${liveNonce}`} onDecided={changed} />
      {abilities.canPropose && (
        <ConfirmMtButton segment={row} onConfirmed={async () => { await changed(); onSubmitted(true); }} />
      )}
      {abilities.canReview && detail && (
        <ReviewInContext segment={row} proposals={detail.proposals} flags={flags} actorId={abilities.actorId} onChanged={changed} onApproved={(approval) => onApproved?.(approval)} />
      )}
      <TmMatches key={`tm-${row.id}`} documentId={documentId} segmentId={row.id} mtText={row.mtText} canInsert={abilities.canPropose} onInsert={(text) => setStartFrom({ text, basedOnId: null, nonce: Date.now() })} />
      {abilities.canPropose && (
        <ProposalForm
          key={`proposal-${row.id}`}
          documentId={documentId}
          segment={row}
          latest={row.currentProposal}
          startFrom={startFrom}
          onSubmitted={async (moveOn, edit) => {
            await changed();
            onSubmitted(moveOn, edit);
          }}
          onConflict={changed}
          onEditing={onEditing}
        />
      )}
      <CommentThread key={`comments-${row.id}`} documentId={documentId} segmentId={row.id} />
      {detail && (
        <>
          <ProposalList mtText={row.mtText} proposals={detail.proposals} canPropose={abilities.canPropose} onStartFrom={(proposal) => setStartFrom({ text: proposal.text, basedOnId: proposal.id, nonce: Date.now() })} />
          <HistoryList history={detail.history} olderHistory={detail.olderHistory} />
        </>
      )}
    </aside>
  );
}
