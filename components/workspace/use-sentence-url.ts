"use client";

import { useSearchParams } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import type { SegmentFilters } from "@/lib/server/workspace/segment-query";
import { readWorkspaceView, sameView, workspaceSearch, type WorkspaceView } from "./sentence-url";
import type { useSegmentPages } from "./use-segment-pages";

type Pages = ReturnType<typeof useSegmentPages>;

/** Writes the open sentence and the filters into the address; a new filter is a history entry, a new sentence is not. */
export function writeWorkspaceUrl(view: WorkspaceView, entry: "push" | "replace") {
  const search = workspaceSearch(view);
  if (search === window.location.search) return;
  // Next 16 syncs these calls with useSearchParams, so Back and Forward come back through the effect below.
  window.history[entry === "push" ? "pushState" : "replaceState"](null, "", `${window.location.pathname}${search}`);
}

const sameFilters = (a: SegmentFilters, b: SegmentFilters) => sameView({ segmentId: null, filters: a }, { segmentId: null, filters: b });

/**
 * When the address names other filters or another sentence than the workspace shows (a link, reload, Back, Forward),
 * applies the filters, loads pages up to the sentence and reveals it (null closes it). `missing` is a linked sentence
 * that is not in the list.
 */
export function useSentenceUrl(pages: Pages, selectedId: number | null, reveal: (segmentId: number | null) => void) {
  const search = useSearchParams().toString();
  const [missing, setMissing] = useState<number | null>(null);
  const latest = useRef({ pages, selectedId, reveal });
  latest.current = { pages, selectedId, reveal };

  useEffect(() => {
    const wanted = readWorkspaceView(Object.fromEntries(new URLSearchParams(search)));
    const { pages, selectedId, reveal } = latest.current;
    if (sameView(wanted, { segmentId: selectedId, filters: pages.filters })) return;
    void (async () => {
      if (!sameFilters(wanted.filters, pages.filters)) await pages.applyFilters(wanted.filters);
      setMissing(null);
      if (wanted.segmentId === null) return reveal(null);
      const found = await pages.loadUntil((rows) => rows.some((row) => row.id === wanted.segmentId));
      if (found) reveal(wanted.segmentId);
      else setMissing(wanted.segmentId);
    })();
  }, [search]);

  return { missing };
}
