import Link from "next/link";
import { defaultAscending } from "@/lib/server/report/sort-order";
import type { SegmentPage, SegmentSort, SegmentSortKey } from "@/lib/server/report/types";
import { sentenceHref } from "@/components/workspace/sentence-url";
import { decimal, duration } from "./format";
import styles from "./report.module.css";

const COLUMNS: { key: SegmentSortKey; label: string }[] = [
  { key: "order", label: "Segment" },
  { key: "status", label: "Status" },
  { key: "hter", label: "HTER" },
  { key: "chrf", label: "chrF" },
  { key: "penalty", label: "MQM penalty" },
  { key: "activeMs", label: "Time spent" },
];

/** The page's address for a sort and page; the server sorts and cuts, so a book's 10,000 rows never reach the browser. */
function hrefOf(documentId: number, sort: SegmentSort, page: number): string {
  const query = new URLSearchParams({ sort: sort.key, dir: sort.ascending ? "asc" : "desc" });
  if (page > 1) query.set("page", String(page));
  return `/documents/${documentId}/report?${query}#segments`;
}

/** Selecting the sorted column reverses it; another column starts in its natural direction, on the first page. */
function nextSort(current: SegmentSort, key: SegmentSortKey): SegmentSort {
  return { key, ascending: current.key === key ? !current.ascending : defaultAscending(key) };
}

export function SegmentTable({ documentId, segments }: { documentId: number; segments: SegmentPage }) {
  const { rows, page, pageCount, pageSize, total, sort } = segments;
  const first = (page - 1) * pageSize + 1;
  return (
    <div>
      <div className={styles.tableWrap}>
        <table className="list">
          <caption className="muted">Select a column heading to sort by it; select it again to reverse. Segments without a value stay last.</caption>
          <thead>
            <tr>
              {COLUMNS.map(({ key, label }) => (
                <th key={key} scope="col" aria-sort={sort.key === key ? (sort.ascending ? "ascending" : "descending") : "none"}>
                  <Link className={styles.sortLink} href={hrefOf(documentId, nextSort(sort, key), 1)}>
                    {label} {sort.key === key ? (sort.ascending ? "▲" : "▼") : ""}
                  </Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((segment) => (
              <tr key={segment.id}>
                <td><Link href={sentenceHref(documentId, segment.id)}>Segment {segment.order}</Link></td>
                <td>{segment.status}</td>
                <td className="number">{decimal(segment.hter)}</td>
                <td className="number">{decimal(segment.chrf)}</td>
                <td className="number">{decimal(segment.penalty, 2)}</td>
                <td className="number">{duration(segment.activeMs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pageCount > 1 && (
        <nav className={styles.pager} aria-label="Segment table pages">
          {page > 1 ? <Link className="button secondary" href={hrefOf(documentId, sort, page - 1)}>Previous {pageSize}</Link> : <span />}
          <span className="muted">Rows {first.toLocaleString("en")}–{(first + rows.length - 1).toLocaleString("en")} of {total.toLocaleString("en")}</span>
          {page < pageCount ? <Link className="button secondary" href={hrefOf(documentId, sort, page + 1)}>Next {Math.min(pageSize, total - page * pageSize)}</Link> : <span />}
        </nav>
      )}
    </div>
  );
}
