import { vi } from "vitest";

let offset = 0;

/**
 * Runs `run` as if `ms` more of wall-clock time had passed than at the previous call: active time is capped by the
 * clock, so a test that records several slices for one person lets the clock move on between them.
 */
export async function later<T>(ms: number, run: () => Promise<T>): Promise<T> {
  offset += ms;
  vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + offset });
  try {
    return await run();
  } finally {
    vi.useRealTimers();
  }
}
