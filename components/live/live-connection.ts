// One live stream kept open: the browser's own reconnection, and a new stream when the browser gives up on a failed one.

/** Why the page is not live: a connection being retried, the person signed out (401), or the stream refused (403, 404). */
export type LiveTrouble = "retrying" | "signed-out" | "refused" | null;

type Options = {
  /** The stream's address, resuming after the last document event received (null before any). */
  url: (lastEventId: string | null) => string;
  /** Adds the page's listeners to each stream opened. */
  wire: (source: EventSource) => void;
  onTrouble: (trouble: LiveTrouble) => void;
};

/** A reconnection the browser makes by itself takes about 2 s (the server's `retry:`); longer is worth saying. */
const SLOW_MS = 5_000;
const MAX_BACKOFF_MS = 30_000;

// Says on the page whether the stream is open: what a person's tools (and the browser tests) can wait for.
function mark(value: string | null) {
  if (value) document.documentElement.dataset.live = value;
  else delete document.documentElement.dataset.live;
}

/**
 * EventSource gives up for good on any answer that is not a stream (a 401 as much as a proxy's 502) and says nothing of
 * which: asking the same address again tells a signed-out person from a lost connection, which is retried.
 */
export function openLiveConnection({ url, wire, onTrouble }: Options): () => void {
  let source: EventSource | null = null;
  let lastEventId: string | null = null;
  let failures = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let slow: ReturnType<typeof setTimeout> | undefined;
  let closed = false;
  const probe = new AbortController();

  async function diagnose() {
    const status = await fetch(url(lastEventId), { cache: "no-store", signal: probe.signal }).then(
      (response) => {
        void response.body?.cancel().catch(() => {});
        return response.status;
      },
      () => 0,
    );
    if (closed) return;
    if (status === 401) return onTrouble("signed-out");
    if (status === 403 || status === 404) return onTrouble("refused");
    onTrouble("retrying");
    retry = setTimeout(connect, Math.min(MAX_BACKOFF_MS, 1_000 * 2 ** failures++));
  }

  function connect() {
    const opened = new EventSource(url(lastEventId));
    source = opened;
    opened.onopen = () => {
      failures = 0;
      clearTimeout(slow);
      slow = undefined;
      mark("open");
      onTrouble(null);
    };
    opened.onerror = () => {
      if (opened.readyState !== EventSource.CLOSED) {
        mark("connecting");
        slow ??= setTimeout(() => onTrouble("retrying"), SLOW_MS);
        return;
      }
      mark("closed");
      clearTimeout(slow);
      slow = undefined;
      void diagnose();
    };
    opened.addEventListener("message", (message) => {
      if (message.lastEventId) lastEventId = message.lastEventId;
    });
    wire(opened);
  }

  connect();
  return () => {
    closed = true;
    probe.abort();
    clearTimeout(retry);
    clearTimeout(slow);
    source?.close();
    mark(null);
  };
}
