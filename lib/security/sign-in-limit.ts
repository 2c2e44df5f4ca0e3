// Sign-in attempts counted in PostgreSQL per client address and per account, so every app server sees the same counts.
import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db";

const WINDOW_MS = 60_000;

function limit(name: string, fallback: number) {
  const configured = Number(process.env[name]);
  return Number.isInteger(configured) && configured > 0 ? configured : fallback;
}

/** Counts one attempt under `key` in a window of a minute from its first attempt; returns the count so far. */
async function countAttempt(key: string): Promise<number> {
  const now = Date.now();
  const rows = await getDb().$queryRaw<{ count: number }[]>`
    INSERT INTO rate_limit (id, key, count, "lastRequest") VALUES (${randomUUID()}, ${key}, 1, ${now})
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN rate_limit."lastRequest" <= ${now - WINDOW_MS} THEN 1 ELSE rate_limit.count + 1 END,
      "lastRequest" = CASE WHEN rate_limit."lastRequest" <= ${now - WINDOW_MS} THEN ${now} ELSE rate_limit."lastRequest" END
    RETURNING count`;
  await getDb().$executeRaw`DELETE FROM rate_limit WHERE key LIKE 'verso-sign-in:%' AND "lastRequest" <= ${now - WINDOW_MS}`;
  return rows[0].count;
}

/**
 * Counts a sign-in attempt; true when it is over either limit: VERSO_SIGN_IN_LIMIT per client
 * address (default 5) or VERSO_SIGN_IN_ACCOUNT_LIMIT per email (default 10), each per minute.
 */
export async function signInOverLimit({ address, email }: { address: string; email: string }): Promise<boolean> {
  const [byAddress, byAccount] = await Promise.all([
    countAttempt(`verso-sign-in:address:${address}`),
    countAttempt(`verso-sign-in:account:${email.trim().toLowerCase()}`),
  ]);
  return byAddress > limit("VERSO_SIGN_IN_LIMIT", 5) || byAccount > limit("VERSO_SIGN_IN_ACCOUNT_LIMIT", 10);
}
