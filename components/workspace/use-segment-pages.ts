"use client";

import { useCallback, useRef, useState } from "react";
import type { SegmentFilters } from "@/lib/server/workspace/segment-query";
import type { EventPayload } from "@/lib/server/live/event-types";
import type { SegmentPage, SegmentRow } from "@/lib/server/workspace/list-segments";

async function fetchPage(documentId: number, after: number, filters: SegmentFilters): Promise<SegmentPage> {
  const params = new URLSearchParams({ after: String(after) });
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  const response = await fetch(`/documents/${documentId}/segments?${params}`, { cache: "no-store" });
  const body = await response.json().catch(() => ({ error: "The server did not answer; try again." }));
  if (!response.ok) throw new Error(body.error);
  return body;
}

function withLiveChange(row: SegmentRow, { row: patch, annotation, annotationId }: EventPayload): SegmentRow {
  let next = row;
  if (patch && patch.version >= row.version) next = { ...next, ...patch, currentProposal: patch.currentProposal === undefined ? next.currentProposal : patch.currentProposal };
  const removed = annotation?.id ?? annotationId;
  if (removed !== undefined) next = { ...next, annotations: next.annotations.filter((flag) => flag.id !== removed) };
  if (annotation) next = { ...next, annotations: [...next.annotations, annotation].sort((a, b) => a.start - b.start || a.id - b.id) };
  return next;
}

/** Segments loaded page by page (cursor on order) for the current filters; a newer filter makes older answers stale. */
export function useSegmentPages(documentId: number, initial: SegmentPage, initialFilters: SegmentFilters = {}) {
  const [filters, setFilters] = useState<SegmentFilters>(initialFilters);
  const [rows, setRows] = useState<SegmentRow[]>(initial.segments);
  const [nextAfter, setNextAfter] = useState<number | null>(initial.nextAfter);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);
  const busy = useRef(false);
  const inFlight = useRef<Promise<SegmentPage | null>>(Promise.resolve(null));
  // What is loaded so far, read by callers that await several pages in a row (their render's values are stale by then).
  const loaded = useRef({ rows: initial.segments, nextAfter: initial.nextAfter, filters: initialFilters });

  const load = useCallback(
    async (after: number, nextFilters: SegmentFilters, replace: boolean) => {
      const mine = ++generation.current;
      busy.current = true;
      setLoading(true);
      setError(null);
      try {
        const page = await fetchPage(documentId, after, nextFilters);
        if (mine !== generation.current) return null;
        loaded.current = { rows: replace ? page.segments : [...loaded.current.rows, ...page.segments], nextAfter: page.nextAfter, filters: nextFilters };
        setRows((current) => (replace ? page.segments : [...current, ...page.segments]));
        setNextAfter(page.nextAfter);
        return page;
      } catch (failure) {
        if (mine === generation.current) setError((failure as Error).message);
        return null;
      } finally {
        if (mine === generation.current) {
          busy.current = false;
          setLoading(false);
        }
      }
    },
    [documentId],
  );

  const loadMore = useCallback(() => {
    const { nextAfter, filters } = loaded.current;
    if (busy.current) return inFlight.current;
    if (nextAfter === null) return Promise.resolve(null);
    return (inFlight.current = load(nextAfter, filters, false));
  }, [load]);

  /** Loads pages until `found` holds for the loaded rows (or the end); the rows then, or null. */
  const loadUntil = useCallback(
    async (found: (rows: SegmentRow[]) => boolean) => {
      while (!found(loaded.current.rows) && loaded.current.nextAfter !== null) {
        if (!(await loadMore())) return null;
      }
      return found(loaded.current.rows) ? loaded.current.rows : null;
    },
    [loadMore],
  );

  const applyFilters = useCallback(
    (next: SegmentFilters) => {
      setFilters(next);
      setRows([]);
      setNextAfter(null);
      loaded.current = { rows: [], nextAfter: null, filters: next };
      return (inFlight.current = load(0, next, true));
    },
    [load],
  );

  const patchRow = useCallback((id: number, patch: Partial<SegmentRow>) => {
    setRows((current) => current.map((row) => (row.id === id ? { ...row, ...patch } : row)));
  }, []);

  /** A live event's change to a row: an older version than the row's is ignored, a flag replaced or removed by id. */
  const applyLive = useCallback((id: number, payload: EventPayload) => {
    setRows((current) => current.map((row) => (row.id === id ? withLiveChange(row, payload) : row)));
  }, []);

  return { rows, filters, hasMore: nextAfter !== null, loading, error, loadMore, loadUntil, applyFilters, patchRow, applyLive };
}
