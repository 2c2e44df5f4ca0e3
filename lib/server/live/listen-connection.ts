// One LISTEN connection per app server process: a pg.Client outside the pool (a pooled connection is lent to others and
// would drop its LISTEN), reconnecting with capped exponential backoff when the connection or the database goes away.
import pg from "pg";
import { getDatabaseUrl } from "@/lib/env";
import { getLogger } from "@/lib/log";

export type ListenHandlers = {
  onNotify: (channel: string, payload: string) => void;
  /** Called after every (re)connection: whatever was notified while the connection was down must be read from the table. */
  onConnected: () => void;
};

export type Listener = { ready: () => Promise<void>; close: () => Promise<void> };

const MAX_DELAY_MS = 30_000;

export function listen(channels: readonly string[], handlers: ListenHandlers): Listener {
  let current: pg.Client | null = null;
  let retry: NodeJS.Timeout | null = null;
  let failures = 0;
  let closed = false;
  let waiting: (() => void)[] = [];

  function scheduleRetry() {
    if (closed || retry) return;
    const delay = Math.min(MAX_DELAY_MS, 250 * 2 ** failures) * (0.5 + Math.random() / 2);
    failures++;
    retry = setTimeout(() => {
      retry = null;
      void connect();
    }, delay);
  }

  async function connect() {
    const client = new pg.Client({ connectionString: getDatabaseUrl(), keepAlive: true });
    let gone = false;
    const fail = (error?: unknown) => {
      if (gone) return;
      gone = true;
      if (current === client) current = null;
      client.end().catch(() => {});
      if (!closed) getLogger().warn({ err: error, failures }, "live updates: the LISTEN connection was lost; reconnecting");
      scheduleRetry();
    };
    client.on("error", fail);
    client.on("end", () => fail());
    client.on("notification", (message) => handlers.onNotify(message.channel, message.payload ?? ""));
    try {
      await client.connect();
      for (const channel of channels) await client.query(`LISTEN ${client.escapeIdentifier(channel)}`);
    } catch (error) {
      fail(error);
      return;
    }
    if (closed) {
      gone = true;
      await client.end().catch(() => {});
      return;
    }
    current = client;
    failures = 0;
    handlers.onConnected();
    const resolved = waiting;
    waiting = [];
    resolved.forEach((resolve) => resolve());
  }

  void connect();
  return {
    ready: () => (current ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve))),
    close: async () => {
      closed = true;
      if (retry) clearTimeout(retry);
      await current?.end().catch(() => {});
      current = null;
    },
  };
}
