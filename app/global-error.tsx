"use client";

import { ErrorCard } from "@/components/ui/error-card";
import "./globals.css";

/** When the layout itself fails (its session or counts could not be read), this replaces the whole page. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <main>
          <ErrorCard reference={error.digest} onRetry={reset} />
        </main>
      </body>
    </html>
  );
}
