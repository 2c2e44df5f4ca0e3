"use client";

// Reached when the request itself is refused, e.g. a body over the server's limit sent without the form's own size check.
export default function ImportErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="card" role="alert">
      <h1>The import did not go through</h1>
      <p>Nothing was stored. Verso imports up to 5 MiB of text at a time, as a file or pasted; split a larger document and import it in parts.</p>
      <button type="button" onClick={reset}>Try again</button>
    </div>
  );
}
