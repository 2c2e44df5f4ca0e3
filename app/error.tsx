"use client";

import { ErrorCard } from "@/components/ui/error-card";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorCard reference={error.digest} onRetry={reset} />;
}
