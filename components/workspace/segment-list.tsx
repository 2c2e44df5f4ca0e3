"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useRef } from "react";
import type { Typology } from "@/lib/metrics/typology";
import type { SourceView } from "./block-row";
import type { RowGroup } from "./group-rows";
import { BlockRow } from "./block-row";
import styles from "./workspace.module.css";

type Props = {
  groups: RowGroup[];
  disabled: boolean;
  typology: Typology;
  language: string;
  source: SourceView | null;
  selectedId: number | null;
  /** Colleagues' names by the sentence they have open. */
  openBy: Map<number, string[]>;
  focusRequest: { segmentId: number; nonce: number } | null;
  hasMore: boolean;
  loading: boolean;
  onSelect: (segmentId: number) => void;
  onLoadMore: () => void;
};

// A short document is rendered whole (still through the virtualiser), so every sentence can be found on the page.
const RENDER_ALL_UP_TO = 300;
// The stylesheet's narrow layout, where the panel is a sheet (workspace.module.css).
const SHEET_LAYOUT = "(max-width: 60rem)";

const estimate = (group: RowGroup) => 40 + Math.ceil(group.segments.reduce((sum, segment) => sum + segment.mtText.length, 0) / 80) * 28;

/** Only the rows in view (plus a few) are in the DOM; the next page is fetched when the end comes into view. */
export function SegmentList({ groups, disabled, typology, language, source, selectedId, openBy, focusRequest, hasMore, loading, onSelect, onLoadMore }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const loaded = groups.reduce((sum, group) => sum + group.segments.length, 0);
  const virtualizer = useVirtualizer({
    count: groups.length + (hasMore || loading ? 1 : 0),
    getScrollElement: () => scroller.current,
    estimateSize: (index) => (groups[index] ? estimate(groups[index]) : 60),
    overscan: !hasMore && loaded <= RENDER_ALL_UP_TO ? groups.length : 4,
    initialRect: { width: 800, height: 900 },
    getItemKey: (index) => groups[index]?.key ?? "loader",
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    if (hasMore && !loading && lastIndex >= groups.length - 3) onLoadMore();
  }, [hasMore, loading, lastIndex, groups.length, onLoadMore]);
  useEffect(() => {
    if (!focusRequest) return;
    const index = groups.findIndex((group) => group.segments.some((segment) => segment.id === focusRequest.segmentId));
    if (index === -1) return;
    virtualizer.scrollToIndex(index, { align: "auto" });
    // A far row is rendered only once the virtualiser has scrolled to it, which can take a few frames.
    let frames = 0;
    const focus = () => {
      const button = scroller.current?.querySelector<HTMLElement>(`[data-segment-id="${focusRequest.segmentId}"]`);
      if (button) return button.focus({ preventScroll: false });
      if (++frames > 30) return;
      virtualizer.scrollToIndex(index, { align: "center" });
      requestAnimationFrame(focus);
    };
    requestAnimationFrame(() => requestAnimationFrame(focus));
  }, [focusRequest]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    if (selectedId === null || !window.matchMedia(SHEET_LAYOUT).matches) return;
    // On a narrow screen the open sentence is a sheet over the bottom of the window: bring the tapped sentence above it
    // (its scroll-margin-bottom, in the stylesheet, is the sheet's height), scrolling the list and the page no more than needed.
    const frame = requestAnimationFrame(() => scroller.current?.querySelector(`[data-segment-id="${selectedId}"]`)?.closest(`.${styles.segment}`)?.scrollIntoView({ block: "nearest" }));
    return () => cancelAnimationFrame(frame);
  }, [selectedId]);

  return (
    <div ref={scroller} className={styles.scroller} data-workspace-ready={!disabled || undefined}>
      <article className={styles.article} lang={language} data-view={source?.view} style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => (
          <div key={item.key} data-index={item.index} ref={virtualizer.measureElement} className={styles.row} style={{ transform: `translateY(${item.start}px)` }}>
            {groups[item.index] ? (
              <BlockRow group={groups[item.index]} disabled={disabled} typology={typology} source={source} selectedId={selectedId} openBy={openBy} onSelect={onSelect} />
            ) : (
              <p className={styles.loader} role="status">Loading more sentences…</p>
            )}
          </div>
        ))}
        {groups.length === 0 && !loading && !hasMore && <p className={styles.loader}>No sentence matches these filters.</p>}
      </article>
    </div>
  );
}
