"use client";

import { usePathname } from "next/navigation";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type RefObject } from "react";
import type { CountsMessage, LiveEvent, PresenceEntry, ProgressMessage } from "@/lib/server/live/event-types";

export type DocumentListener = { onEvent: (event: LiveEvent) => void; onPresence: (present: PresenceEntry[]) => void; onReset: () => void };
type Attached = { documentId: number; after: string; listener: RefObject<DocumentListener> };
type EventHandler = (event: LiveEvent) => void;
type Live = {
  counts: CountsMessage;
  progress: Record<number, ProgressMessage>;
  attach: (attached: Attached) => () => void;
  /** Every event of the attached document, for parts of its page other than the workspace (the comment threads). */
  onDocumentEvent: (handler: EventHandler) => () => void;
  /** The stream was refused and the browser will not try again (a session that ended): the page is no longer live. */
  stopped: boolean;
};

const LiveContext = createContext<Live>({ counts: {}, progress: {}, attach: () => () => {}, onDocumentEvent: () => () => {}, stopped: false });
// A document's page opens its stream once its workspace says from which event on; until then it opens none.
const DOCUMENT_PAGE = /^\/documents\/\d+$/;

/**
 * One EventSource per tab: a document's stream on a document's page, the counts stream on every other page. The
 * browser reconnects by itself and sends Last-Event-ID, so the server replays what the tab missed.
 */
export function LiveProvider({ signedIn, initialCounts, children }: { signedIn: boolean; initialCounts: CountsMessage; children: React.ReactNode }) {
  const pathname = usePathname();
  const [attached, setAttached] = useState<Attached | null>(null);
  const [counts, setCounts] = useState(initialCounts);
  const [progress, setProgress] = useState<Record<number, ProgressMessage>>({});
  const [stopped, setStopped] = useState(false);
  const waiting = DOCUMENT_PAGE.test(pathname) && !attached;
  const handlers = useRef(new Set<EventHandler>());

  useEffect(() => {
    if (!signedIn || waiting) return;
    const source = new EventSource(attached ? `/documents/${attached.documentId}/live?after=${attached.after}` : "/live");
    const listener = () => attached?.listener.current;
    const read = (message: MessageEvent) => JSON.parse(message.data);
    // Says on the page whether the stream is open: what a person's tools (and the browser tests) can wait for.
    const state = (value: string | null) => (value ? (document.documentElement.dataset.live = value) : delete document.documentElement.dataset.live);
    source.onopen = () => {
      state("open");
      setStopped(false);
    };
    source.onerror = () => {
      const closed = source.readyState === EventSource.CLOSED;
      state(closed ? "closed" : "connecting");
      if (closed) setStopped(true);
    };
    source.onmessage = (message) => {
      const event: LiveEvent = read(message);
      listener()?.onEvent(event);
      handlers.current.forEach((handler) => handler(event));
    };
    source.addEventListener("presence", (message) => listener()?.onPresence(read(message)));
    source.addEventListener("reset", () => listener()?.onReset());
    source.addEventListener("counts", (message) => setCounts((current) => ({ ...current, ...read(message) })));
    source.addEventListener("progress", (message) =>
      setProgress((current) => ({ ...current, ...Object.fromEntries((read(message) as ProgressMessage[]).map((row) => [row.documentId, row])) })),
    );
    return () => {
      source.close();
      state(null);
    };
  }, [signedIn, waiting, attached]);

  const attach = useCallback((next: Attached) => {
    setAttached(next);
    return () => setAttached((current) => (current === next ? null : current));
  }, []);
  const onDocumentEvent = useCallback((handler: EventHandler) => {
    handlers.current.add(handler);
    return () => void handlers.current.delete(handler);
  }, []);
  const value = useMemo(() => ({ counts, progress, attach, onDocumentEvent, stopped }), [counts, progress, attach, onDocumentEvent, stopped]);
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}

export function useLive(): Live {
  return useContext(LiveContext);
}
