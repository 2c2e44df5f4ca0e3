"use client";

import { useEffect, useState, type FormEvent } from "react";
import type { Typology } from "@/lib/metrics/typology";
import { SEGMENT_STATUSES, type SegmentFilters } from "@/lib/server/workspace/segment-query";
import styles from "./workspace.module.css";

type Props = { disabled: boolean; typology: Typology; filters: SegmentFilters; shown: number; hasMore: boolean; loading: boolean; onChange: (filters: SegmentFilters) => void };

/** Filters by status and by flag category/severity, and a search over the MT and the proposals; the server does the query. */
export function FilterBar({ disabled, typology, filters, shown, hasMore, loading, onChange }: Props) {
  const [q, setQ] = useState(filters.q ?? "");
  // Back and Forward change the filters from outside: the search box follows.
  useEffect(() => setQ(filters.q ?? ""), [filters.q]);
  const set = (patch: Partial<SegmentFilters>) => onChange({ ...filters, ...patch });

  function search(event: FormEvent) {
    event.preventDefault();
    set({ q: q.trim() || undefined });
  }

  const active = Boolean(filters.status || filters.category || filters.severity || filters.q || filters.assignment);
  return (
    <form className={styles.filters} onSubmit={search} role="search" aria-label="Filter sentences">
      <fieldset disabled={disabled} className={styles.filters}>
      <label>Status
        <select value={filters.status ?? ""} onChange={(event) => set({ status: (event.target.value || undefined) as SegmentFilters["status"] })}>
          <option value="">All</option>
          {SEGMENT_STATUSES.map((status) => <option key={status}>{status}</option>)}
        </select>
      </label>
      <label>Flag category
        <select value={filters.category ?? ""} onChange={(event) => set({ category: event.target.value || undefined })}>
          <option value="">Any</option>
          {typology.categories.map((category) => <option key={category.name}>{category.name}</option>)}
        </select>
      </label>
      <label>Flag severity
        <select value={filters.severity ?? ""} onChange={(event) => set({ severity: event.target.value || undefined })}>
          <option value="">Any</option>
          {typology.severities.map((severity) => <option key={severity.name}>{severity.name}</option>)}
        </select>
      </label>
      <label>Search MT and proposals
        <input type="search" value={q} maxLength={200} onChange={(event) => setQ(event.target.value)} />
      </label>
      <button type="submit" className="secondary">Search</button>
      {filters.assignment && <span className={styles.meta}>Only the sentences of an assignment</span>}
      {active && <button type="button" className="secondary" onClick={() => { setQ(""); onChange({}); }}>Clear filters</button>}
      </fieldset>
      <span className={styles.meta} role="status">
        {loading && shown === 0 ? "Searching…" : active ? `${shown}${hasMore ? "+" : ""} matching sentences` : ""}
      </span>
    </form>
  );
}
