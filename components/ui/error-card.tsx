"use client";

/** What an error page says: nothing was changed, try again, and the reference that finds the failure in the log. */
export function ErrorCard({ reference, onRetry }: { reference?: string; onRetry: () => void }) {
  return (
    <div className="card" role="alert">
      <h1>Something went wrong</h1>
      <p>
        Verso could not show this page. Nothing was changed. Try again, and if it keeps happening, tell your admin
        {reference ? <> the reference <code>{reference}</code></> : null}.
      </p>
      <button type="button" onClick={onRetry}>Try again</button>
    </div>
  );
}
