// Next's own report of an error a page, action or route raised outside a use case: one JSON line under the reference
// (Next's digest) that the error page shows, as the kernel logs a use case's unexpected error under its request id.
import { getLogger } from "@/lib/log";

type ErrorRequest = Readonly<{ path: string; method: string }>;
type ErrorContext = Readonly<{ routePath: string; routeType: string }>;

// Next reports one failure from each rendering pass that meets it; one line per reference is enough.
const SEEN_MS = 60_000;
const seen = new Map<string, number>();

function firstReport(reference: string): boolean {
  const now = Date.now();
  for (const [key, at] of seen) if (now - at > SEEN_MS) seen.delete(key);
  if (seen.has(reference)) return false;
  seen.set(reference, now);
  return true;
}

export function logRequestError(error: unknown, request: ErrorRequest, context: ErrorContext): void {
  const failure = error as { name?: string; digest?: unknown };
  // An AppError was either logged by the kernel under its own request id (the same digest) or is a user's mistake.
  if (failure?.name === "AppError") return;
  const reference = typeof failure?.digest === "string" ? failure.digest : null;
  // Redirects, notFound() and forbidden() travel as errors whose digest names them: they are answers, not failures.
  if (reference && /^(NEXT_|DYNAMIC_SERVER_USAGE|BAILOUT_TO_CLIENT_SIDE_RENDERING)/.test(reference)) return;
  if (reference && !firstReport(reference)) return;
  getLogger().error(
    { err: error, requestId: reference, method: request.method, path: request.path, route: context.routePath, routeType: context.routeType },
    "unexpected error",
  );
}
