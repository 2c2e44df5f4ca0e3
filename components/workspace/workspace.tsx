"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Typology } from "@/lib/metrics/typology";
import type { SegmentPage } from "@/lib/server/workspace/list-segments";
import { useBilingualView } from "@/components/bilingual/use-bilingual-view";
import { ViewToggle } from "@/components/bilingual/view-toggle";
import { FindingCountsProvider, useFindingCounts } from "@/components/checks/finding-counts";
import type { SegmentFilters } from "@/lib/server/workspace/segment-query";
import type { IncomingSpan } from "./flag-editor";
import { PropagationOffer, type SavedEdit } from "@/components/propagation/propagation-offer";
import { RepeatsOffer, type ApprovedSentence } from "@/components/propagation/repeats-offer";
import { FilterBar } from "./filter-bar";
import { groupRows } from "./group-rows";
import { HelpDialog } from "./help-dialog";
import { lostDraft, MergedNotice, type Merged } from "./merged-notice";
import { focusPanelIfLost } from "./refocus-panel";
import { SegmentList } from "./segment-list";
import { rowPatch, SegmentPanel, type Abilities } from "./segment-panel";
import { STATUS_ICON } from "./status-badge";
import type { Approval } from "./review-in-context";
import { UndoToast } from "./undo-toast";
import { useActiveTime } from "./use-active-time";
import { useArticleSelection } from "./use-article-selection";
import { useHydrated } from "./use-hydrated";
import { useLiveWorkspace } from "./use-live-workspace";
import { usePresence } from "./use-presence";
import { useSegmentPages } from "./use-segment-pages";
import { useSentenceUrl, writeWorkspaceUrl } from "./use-sentence-url";
import { useShortcuts } from "./use-shortcuts";
import styles from "./workspace.module.css";

/** `sourceLanguage` is set for a bilingual document only. */
type Props = { documentId: number; language: string; sourceLanguage: string | null; typology: Typology; initialPage: SegmentPage; initialFilters: SegmentFilters; lastEventId: string; abilities: Abilities & { canRecordTime: boolean } };

const NEEDS_WORK = new Set(["new", "rejected"]);

/** The editor's workspace: the article as a virtualised list of sentences, and the open sentence beside it. */
export function Workspace({ documentId, language, sourceLanguage, typology, initialPage, initialFilters, lastEventId, abilities }: Props) {
  const [view, setView] = useBilingualView();
  const pages = useSegmentPages(documentId, initialPage, initialFilters);
  const groups = useMemo(() => groupRows(pages.rows), [pages.rows]);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [approval, setApproval] = useState<Approval | null>(null);
  const [reload, setReload] = useState(0);
  const [saved, setSaved] = useState<SavedEdit | null>(null);
  const [approved, setApproved] = useState<ApprovedSentence | null>(null);
  const [announcement, announce] = useState("");
  const [focusRequest, setFocusRequest] = useState<{ segmentId: number; nonce: number } | null>(null);
  const [incoming, setIncoming] = useState<IncomingSpan | null>(null);
  const help = useRef<HTMLDialogElement>(null);
  const hydrated = useHydrated();
  const selected = pages.rows.find((row) => row.id === selectedId) ?? null;
  useActiveTime(selected?.id ?? null, abilities.canRecordTime);
  const [editing, setEditing] = useState(false);
  useEffect(() => setEditing(false), [selectedId]);
  usePresence(documentId, selected?.id ?? null, editing && !!selected);
  const findingCounts = useFindingCounts(documentId, pages.rows);
  const [merged, setMerged] = useState<Merged | null>(null);
  const live = useLiveWorkspace({
    documentId,
    after: lastEventId,
    actorId: abilities.actorId,
    selectedId,
    pages,
    onFindingsChange: findingCounts.refresh,
    onOpenMerged: (into, gone) => {
      const order = pages.rows.find((row) => row.id === into)?.order ?? 0;
      setMerged({ order, draft: lostDraft(gone), nonce: Date.now() });
      open(into);
    },
  });

  const open = useCallback((segmentId: number, focusList = true) => {
    setSelectedId(segmentId);
    if (focusList) setFocusRequest({ segmentId, nonce: Date.now() });
    writeWorkspaceUrl({ segmentId, filters: pages.filters }, "replace");
  }, [pages.filters]);

  useArticleSelection(pages.rows, abilities.canFlag, (span) => {
    setIncoming(span);
    open(span.segmentId, false);
  });

  const link = useSentenceUrl(pages, selectedId, (segmentId) => {
    setSelectedId(segmentId);
    if (segmentId !== null) setFocusRequest({ segmentId, nonce: Date.now() });
  });

  function changeFilters(filters: SegmentFilters) {
    writeWorkspaceUrl({ segmentId: selectedId, filters }, "push");
    return pages.applyFilters(filters);
  }

  /** The next row after the open one that passes `accept`, loading further pages when the loaded ones have none. */
  async function moveTo(step: 1 | -1, accept: (status: string) => boolean = () => true) {
    let rows = pages.rows;
    // From the open sentence, else from the sentence button that has focus.
    const focused = Number((document.activeElement as HTMLElement | null)?.dataset?.segmentId);
    const from = rows.findIndex((row) => row.id === (selectedId ?? focused));
    for (let attempt = 0; attempt < 50; attempt++) {
      const candidates = step === 1 ? rows.slice(from + 1) : rows.slice(0, Math.max(from, 0)).reverse();
      const target = candidates.find((row) => accept(row.status));
      if (target) {
        open(target.id);
        return true;
      }
      if (step === -1 || !pages.hasMore) return false;
      const page = await pages.loadMore();
      if (!page) return false;
      rows = [...rows, ...page.segments];
    }
  }

  const undoDone = useCallback(async (undone: boolean) => {
    setApproval(null);
    if (!undone || !approval) return;
    const response = await fetch(`/documents/${documentId}/segments/${approval.segmentId}`, { cache: "no-store" });
    if (response.ok) pages.patchRow(approval.segmentId, rowPatch(await response.json()));
    setReload(Date.now());
  }, [approval, documentId, pages]);

  function close(segmentId: number) {
    setSelectedId(null);
    writeWorkspaceUrl({ segmentId: null, filters: pages.filters }, "replace");
    setFocusRequest({ segmentId, nonce: Date.now() });
  }

  useShortcuts({
    next: () => void moveTo(1),
    previous: () => void moveTo(-1),
    nextUntouched: () => void moveTo(1, (status) => status === "new"),
    flag: () => document.getElementById("span-picker")?.focus(),
    propose: () => document.getElementById("proposal-text")?.focus(),
    help: () => help.current?.showModal(),
    confirm: () => document.getElementById("confirm-mt")?.click(),
    approve: () => document.getElementById("review-approve")?.click(),
    reject: () => document.getElementById("review-reject-open")?.click(),
    edit: () => document.getElementById("review-edit-open")?.click(),
    escape: () => {
      const inPanel = document.activeElement?.closest("aside");
      if (inPanel && selectedId) open(selectedId);
      else if (selectedId) close(selectedId);
    },
  });

  return (
    <FindingCountsProvider value={findingCounts}>
      <FilterBar disabled={!hydrated} typology={typology} filters={pages.filters} shown={pages.rows.length} hasMore={pages.hasMore} loading={pages.loading} onChange={changeFilters} />
      <p className={styles.legend}>
        {Object.entries(STATUS_ICON).map(([status, icon]) => <span key={status}>{icon} {status} · </span>)}⚑ flags · ✱ findings of the checks · press <kbd>?</kbd> for keyboard shortcuts
      </p>
      {sourceLanguage && <ViewToggle view={view} onChange={setView} />}
      {pages.error && <p className="alert" role="alert">{pages.error}</p>}
      {link.missing !== null && <p className="alert" role="alert">The linked sentence is not in this document or does not match these filters (it may have been merged into another).</p>}
      {merged && <MergedNotice key={merged.nonce} merged={merged} onDismiss={() => setMerged(null)} />}
      {saved && <PropagationOffer key={saved.nonce} documentId={documentId} saved={saved} onDismiss={() => setSaved(null)} />}
      {approved && <RepeatsOffer key={approved.nonce} approved={approved} onDismiss={() => setApproved(null)} />}
      <div className={`${styles.layout} ${selected ? "" : styles.closed}`}>
        <SegmentList
          groups={groups}
          disabled={!hydrated}
          typology={typology}
          language={language}
          source={sourceLanguage ? { language: sourceLanguage, view } : null}
          selectedId={selectedId}
          openBy={live.openBy}
          focusRequest={focusRequest}
          hasMore={pages.hasMore}
          loading={pages.loading}
          onSelect={(id) => open(id, false)}
          onLoadMore={pages.loadMore}
        />
        {selected && (
          <SegmentPanel
            key={selected.id}
            documentId={documentId}
            row={selected}
            sourceLanguage={sourceLanguage}
            typology={typology}
            abilities={abilities}
            others={live.others.filter((entry) => entry.segmentId === selected.id)}
            liveNonce={live.panelNonce}
            onEditing={setEditing}
            incoming={incoming?.segmentId === selected.id ? incoming : null}
            onClose={() => close(selected.id)}
            onRowChange={(patch) => pages.patchRow(selected.id, patch)}
            onSubmitted={async (moveOn, edit) => {
              if (edit) setSaved({ segmentId: selected.id, order: selected.order, ...edit, nonce: Date.now() });
              const moved = moveOn && (await moveTo(1, (status) => NEEDS_WORK.has(status)));
              // The panel that would say so is gone once the next sentence opens (and a confirmation has no message of its own).
              if (!moved) focusPanelIfLost(); // "The MT is right" goes once the sentence is confirmed
              if (moved || !edit) announce(`${edit ? `Proposal for sentence ${selected.order} submitted` : `Sentence ${selected.order} confirmed: the MT is right`}${moved ? "; the next sentence that needs work is open" : ""}.`);
            }}
            onApproved={(approval) => {
              setApproval(approval);
              setApproved({ segmentId: approval.segmentId, order: approval.order, nonce: Date.now() });
            }}
            reload={reload}
          />
        )}
      </div>
      <p className="visually-hidden" role="status">{announcement}</p>
      <HelpDialog ref={help} />
      {approval && <UndoToast key={approval.proposalId} approval={approval} onDone={undoDone} />}
    </FindingCountsProvider>
  );
}
