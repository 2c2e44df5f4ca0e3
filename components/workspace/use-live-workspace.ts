"use client";

import { useMemo, useState } from "react";
import { EVENT, type PresenceEntry } from "@/lib/server/live/event-types";
import type { useSegmentPages } from "./use-segment-pages";
import { useLiveDocument } from "./use-live-document";

/** Changes that move sentence boundaries: the list reloads instead of patching a row. */
const BOUNDARY_EVENTS = new Set<string>([EVENT.segmentSplit, EVENT.segmentMerge, EVENT.segmentLink, EVENT.segmentUnlink]);

/** Changes that can change a sentence's findings of the checks: a finding kept as a flag, a flag deleted, a dismissal. */
const FINDING_EVENTS = new Set<string>([EVENT.annotationChange, EVENT.annotationDelete, EVENT.findingDismiss, EVENT.findingRestore]);

type Options = {
  documentId: number;
  after: string;
  actorId: string;
  selectedId: number | null;
  pages: ReturnType<typeof useSegmentPages>;
  /** A colleague's change to a sentence's findings: its count beside the sentence is asked for again. */
  onFindingsChange: (segmentId: number) => void;
  /** A colleague merged the open sentence into the one before it (`into`): the open one is gone. */
  onOpenMerged: (into: number, gone: number) => void;
};

/**
 * Colleagues' work as it happens: rows patched from events (a boundary change reloads the list), the open panel
 * refreshed when someone else changed its sentence, and who has which sentence open.
 */
export function useLiveWorkspace({ documentId, after, actorId, selectedId, pages, onFindingsChange, onOpenMerged }: Options) {
  const [present, setPresent] = useState<Map<string, PresenceEntry>>(() => new Map());
  const [panelNonce, setPanelNonce] = useState(0);
  const reload = () => void pages.applyFilters(pages.filters);

  useLiveDocument(documentId, after, {
    onEvent(event) {
      if (event.type === EVENT.presence && event.payload.presence) {
        const entry = event.payload.presence;
        setPresent((current) => {
          const next = new Map(current);
          if (entry.segmentId === null) next.delete(entry.tabId);
          else next.set(entry.tabId, entry);
          return next;
        });
        return;
      }
      if (BOUNDARY_EVENTS.has(event.type)) {
        // A merge joins the next sentence into the one named by the event: was that next one the open sentence?
        const at = pages.rows.findIndex((row) => row.id === selectedId);
        const into = event.segmentId;
        const mergedOpen = event.type === EVENT.segmentMerge && event.actorId !== actorId && at > 0 && pages.rows[at - 1].id === into && pages.rows[at - 1].order === pages.rows[at].order - 1;
        const reloaded = pages.applyFilters(pages.filters);
        if (mergedOpen && into !== null) {
          onOpenMerged(into, selectedId!);
          // The list starts again at its first page: the merged sentence must be loaded for its panel to show.
          void reloaded.then(() => pages.loadUntil((rows) => rows.some((row) => row.id === into)));
        }
        return;
      }
      // New terms change the checks' findings on any row and the open sentence's highlights.
      if (event.type === EVENT.glossaryChange) {
        reload();
        return setPanelNonce((n) => n + 1);
      }
      if (event.segmentId !== null) pages.applyLive(event.segmentId, event.payload);
      if (event.segmentId !== null && event.actorId !== actorId && FINDING_EVENTS.has(event.type)) onFindingsChange(event.segmentId);
      if (event.segmentId === selectedId && event.actorId !== actorId) setPanelNonce((n) => n + 1);
    },
    onPresence: (entries) => setPresent(new Map(entries.map((entry) => [entry.tabId, entry]))),
    onReset() {
      reload();
      setPanelNonce((n) => n + 1);
    },
  });

  const others = useMemo(() => [...present.values()].filter((entry) => entry.userId !== actorId), [present, actorId]);
  const openBy = useMemo(() => {
    const bySegment = new Map<number, string[]>();
    for (const entry of others) {
      const names = bySegment.get(entry.segmentId!) ?? [];
      if (!names.includes(entry.name)) bySegment.set(entry.segmentId!, [...names, entry.name]);
    }
    return bySegment;
  }, [others]);
  return { others, openBy, panelNonce };
}
