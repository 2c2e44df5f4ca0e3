"use client";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="card" role="alert">
      <h1>Something went wrong</h1>
      <p>
        Verso could not show this page. Nothing was changed. Try again, and if it keeps happening, tell your admin
        {error.digest ? <> the reference <code>{error.digest}</code></> : null}.
      </p>
      <button type="button" onClick={reset}>Try again</button>
    </div>
  );
}
