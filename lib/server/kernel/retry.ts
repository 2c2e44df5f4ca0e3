// PostgreSQL's deadlock (40P01) and serialization failure (40001) mean "run the transaction again", not "fail".
const RETRYABLE = new Set(["40P01", "40001"]);

/** Error codes anywhere in the error: Prisma nests the driver's SQLSTATE in meta.driverAdapterError.cause.originalCode. */
function codesOf(error: unknown, depth = 0): string[] {
  if (!error || typeof error !== "object" || depth > 5) return [];
  const record = error as Record<string, unknown>;
  const own = ["code", "originalCode"].map((key) => record[key]).filter((value): value is string => typeof value === "string");
  return [...own, ...codesOf(record.cause, depth + 1), ...codesOf(record.meta, depth + 1), ...codesOf(record.driverAdapterError, depth + 1)];
}

export function isRetryable(error: unknown): boolean {
  // P2034 is Prisma's own "write conflict or deadlock, please retry".
  return codesOf(error).some((code) => RETRYABLE.has(code) || code === "P2034");
}

export const MAX_ATTEMPTS = 5;

export async function withRetry<T>(run: () => Promise<T>, attempts = MAX_ATTEMPTS): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts || !isRetryable(error)) throw error;
      // Jitter, so the two transactions that collided do not collide again.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}
