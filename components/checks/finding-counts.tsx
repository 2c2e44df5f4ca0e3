"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import type { FindingCount } from "@/lib/server/checks/count-findings";
import styles from "./checks.module.css";

type Count = Omit<FindingCount, "segmentId">;
type Counts = {
  get: (segmentId: number) => Count | undefined;
  set: (segmentId: number, count: Count) => void;
  /** Asks the server again for one sentence's count (a colleague kept or dismissed one of its findings). */
  refresh: (segmentId: number) => void;
};

const FindingCounts = createContext<Counts>({ get: () => undefined, set: () => {}, refresh: () => {} });
export const FindingCountsProvider = FindingCounts.Provider;
export const useFindingCount = () => useContext(FindingCounts);

const BATCH = 1_000;

/** The counts of these sentences, or null when the server could not answer. */
async function fetchCounts(documentId: number, segmentIds: number[]): Promise<FindingCount[] | null> {
  const response = await fetch(`/documents/${documentId}/findings`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ segmentIds }) }).catch(() => null);
  return response?.ok ? response.json() : null;
}

/**
 * The checks' undecided findings per loaded sentence, asked for after the list is on screen and a page at a time
 * (the server checks those sentences' paragraphs), so a long document is not checked before anyone can work.
 */
export function useFindingCounts(documentId: number, rows: { id: number }[]): Counts {
  const [counts, setCounts] = useState<Map<number, Count>>(new Map());
  const asked = useRef(new Set<number>());
  const store = useCallback((found: FindingCount[]) => {
    setCounts((old) => {
      const next = new Map(old);
      for (const { segmentId, ...count } of found) next.set(segmentId, count);
      return next;
    });
  }, []);

  useEffect(() => {
    if (rows.every((row) => asked.current.has(row.id))) return;
    const timer = setTimeout(async () => {
      const ids = rows.map((row) => row.id).filter((id) => !asked.current.has(id));
      ids.forEach((id) => asked.current.add(id));
      for (let i = 0; i < ids.length; i += BATCH) {
        const found = await fetchCounts(documentId, ids.slice(i, i + BATCH));
        if (!found) {
          ids.slice(i).forEach((id) => asked.current.delete(id)); // asked again with the next page
          return;
        }
        store(found);
      }
    }, 200);
    return () => clearTimeout(timer);
  }, [documentId, rows, store]);

  const set = useCallback((segmentId: number, count: Count) => setCounts((old) => new Map(old).set(segmentId, count)), []);
  const refresh = useCallback(
    (segmentId: number) => void fetchCounts(documentId, [segmentId]).then((found) => found && store(found)),
    [documentId, store],
  );
  return useMemo(() => ({ get: (segmentId: number) => counts.get(segmentId), set, refresh }), [counts, set, refresh]);
}

/** Beside a sentence's number in the list: how many findings of the checks wait for a decision, errors in red. */
export function FindingMarker({ segmentId }: { segmentId: number }) {
  const count = useFindingCount().get(segmentId);
  if (!count || count.errors + count.warnings === 0) return null;
  const total = count.errors + count.warnings;
  const label = `${total} ${total === 1 ? "finding" : "findings"} of the checks${count.errors ? `, ${count.errors} ${count.errors === 1 ? "error" : "errors"}` : ""}`;
  return (
    <span role="img" aria-label={label} title={label} className={`${styles.marker} ${count.errors ? styles.error : styles.warning}`} data-finding-count={total}>
      ✱{total}
    </span>
  );
}
