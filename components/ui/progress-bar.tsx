type Counts = { total: number; approved: number; proposed: number; rejected: number };

/** Each segment is counted once, by its current status: proposed ones wait for review, rejected ones for a new proposal. */
export function progressLabel({ total, approved, proposed, rejected }: Counts): string {
  return `${approved} approved, ${proposed} waiting for review, ${rejected} rejected, ${total - approved - proposed - rejected} untouched`;
}

export function ProgressBar(counts: Counts) {
  const { total, approved, proposed, rejected } = counts;
  const percent = (count: number) => (total === 0 ? 0 : (100 * count) / total);
  const label = `${progressLabel(counts)} of ${total}`;
  return (
    <div title={label}>
      <div className="progress" role="img" aria-label={label}>
        <span className="approved" style={{ width: `${percent(approved)}%` }} />
        <span className="proposed" style={{ width: `${percent(proposed)}%` }} />
        <span className="rejected" style={{ width: `${percent(rejected)}%` }} />
      </div>
      <small className="muted">{approved} / {total} done</small>
    </div>
  );
}
