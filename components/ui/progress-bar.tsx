export function ProgressBar({ total, approved, proposed }: { total: number; approved: number; proposed: number }) {
  const percent = (count: number) => (total === 0 ? 0 : (100 * count) / total);
  const label = `${approved} done (approved or MT confirmed), ${proposed} proposed, ${total - approved - proposed} untouched of ${total}`;
  return (
    <div title={label}>
      <div className="progress" role="img" aria-label={label}>
        <span className="approved" style={{ width: `${percent(approved)}%` }} />
        <span className="proposed" style={{ width: `${percent(proposed)}%` }} />
      </div>
      <small className="muted">{approved} / {total} done</small>
    </div>
  );
}
