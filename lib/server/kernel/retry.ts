// PostgreSQL's deadlock (40P01) and serialization failure (40001) mean "run the transaction again", not "fail".
const RETRYABLE = new Set(["40P01", "40001"]);

function codesOf(error: unknown): string[] {
  const codes: string[] = [];
  for (let current = error, depth = 0; current && typeof current === "object" && depth < 6; depth++) {
    const record = current as Record<string, unknown>;
    for (const key of ["code", "originalCode"]) if (typeof record[key] === "string") codes.push(record[key] as string);
    const meta = record.meta as Record<string, unknown> | undefined;
    if (typeof meta?.code === "string") codes.push(meta.code);
    current = record.cause;
  }
  return codes;
}

export function isRetryable(error: unknown): boolean {
  // Prisma's own code for "write conflict or deadlock, please retry".
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
