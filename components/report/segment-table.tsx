"use client";

import Link from "next/link";
import { useMemo, useState } from "react";
import type { SegmentFigures } from "@/lib/server/report/types";
import { decimal, duration } from "./format";
import styles from "./report.module.css";

type Key = "order" | "status" | "hter" | "chrf" | "penalty" | "activeMs";
type Sort = { key: Key; ascending: boolean };

const COLUMNS: { key: Key; label: string }[] = [
  { key: "order", label: "Segment" },
  { key: "status", label: "Status" },
  { key: "hter", label: "HTER" },
  { key: "chrf", label: "chrF" },
  { key: "penalty", label: "MQM penalty" },
  { key: "activeMs", label: "Time spent" },
];
const STATUS_ORDER = ["new", "proposed", "rejected", "approved"];
// A book has 10,000 segments: the table grows by pages instead of putting every row in the page at once.
const PAGE = 200;

/** Segments without a value (nothing approved yet) stay at the bottom in either direction. */
function compare(a: SegmentFigures, b: SegmentFigures, { key, ascending }: Sort): number {
  const value = (s: SegmentFigures) => (key === "status" ? STATUS_ORDER.indexOf(s.status) : s[key]);
  const [x, y] = [value(a), value(b)];
  if (x === null || y === null) return x === y ? a.order - b.order : x === null ? 1 : -1;
  return (ascending ? x - y : y - x) || a.order - b.order;
}

export function SegmentTable({ documentId, segments }: { documentId: number; segments: SegmentFigures[] }) {
  const [sort, setSort] = useState<Sort>({ key: "order", ascending: true });
  const [shown, setShown] = useState(PAGE);
  const rows = useMemo(() => [...segments].sort((a, b) => compare(a, b, sort)), [segments, sort]);
  const sortBy = (key: Key) => setSort((current) => ({ key, ascending: current.key === key ? !current.ascending : key === "order" || key === "status" }));
  return (
    <div className={styles.tableWrap}>
      <table className="list">
        <caption className="muted">Select a column heading to sort by it; select it again to reverse.</caption>
        <thead>
          <tr>
            {COLUMNS.map(({ key, label }) => (
              <th key={key} scope="col" aria-sort={sort.key === key ? (sort.ascending ? "ascending" : "descending") : "none"}>
                <button type="button" className={styles.sortButton} onClick={() => sortBy(key)}>
                  {label} {sort.key === key ? (sort.ascending ? "▲" : "▼") : ""}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, shown).map((segment) => (
            <tr key={segment.id}>
              <td><Link href={`/documents/${documentId}#segment-${segment.order}`}>Segment {segment.order}</Link></td>
              <td>{segment.status}</td>
              <td className="number">{decimal(segment.hter)}</td>
              <td className="number">{decimal(segment.chrf)}</td>
              <td className="number">{decimal(segment.penalty, 2)}</td>
              <td className="number">{duration(segment.activeMs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > shown && (
        <button type="button" className="secondary" onClick={() => setShown((count) => count + PAGE)}>
          Show {Math.min(PAGE, rows.length - shown)} more of {rows.length - shown} remaining segments
        </button>
      )}
    </div>
  );
}
