/** `confirmed`: sentences whose MT was confirmed unchanged, done like approved ones; counted apart where known. */
type Counts = { total: number; approved: number; confirmed?: number; proposed: number; rejected: number };

/** Each segment is counted once, by its current status: proposed ones wait for review, rejected ones for a new proposal. */
export function progressLabel({ total, approved, confirmed = 0, proposed, rejected }: Counts): string {
  const mtConfirmed = confirmed ? `${confirmed} MT confirmed, ` : "";
  return `${approved} approved, ${mtConfirmed}${proposed} waiting for review, ${rejected} rejected, ${total - approved - confirmed - proposed - rejected} untouched`;
}

export function ProgressBar(counts: Counts) {
  const { total, approved, confirmed = 0, proposed, rejected } = counts;
  const done = approved + confirmed;
  const percent = (count: number) => (total === 0 ? 0 : (100 * count) / total);
  const label = `${progressLabel(counts)} of ${total}`;
  return (
    <div title={label}>
      <div className="progress" role="img" aria-label={label}>
        <span className="approved" style={{ width: `${percent(done)}%` }} />
        <span className="proposed" style={{ width: `${percent(proposed)}%` }} />
        <span className="rejected" style={{ width: `${percent(rejected)}%` }} />
      </div>
      <small className="muted">{done} / {total} done</small>
    </div>
  );
}
