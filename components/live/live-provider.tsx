"use client";

import { usePathname } from "next/navigation";
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type RefObject } from "react";
import type { CountsMessage, LiveEvent, PresenceEntry, ProgressMessage } from "@/lib/server/live/event-types";

export type DocumentListener = { onEvent: (event: LiveEvent) => void; onPresence: (present: PresenceEntry[]) => void; onReset: () => void };
type Attached = { documentId: number; after: string; listener: RefObject<DocumentListener> };
type Live = { counts: CountsMessage; progress: Record<number, ProgressMessage>; attach: (attached: Attached) => () => void };

const LiveContext = createContext<Live>({ counts: {}, progress: {}, attach: () => () => {} });
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
  const waiting = DOCUMENT_PAGE.test(pathname) && !attached;

  useEffect(() => {
    if (!signedIn || waiting) return;
    const source = new EventSource(attached ? `/documents/${attached.documentId}/live?after=${attached.after}` : "/live");
    const listener = () => attached?.listener.current;
    const read = (message: MessageEvent) => JSON.parse(message.data);
    // Says on the page whether the stream is open: what a person's tools (and the browser tests) can wait for.
    const state = (value: string | null) => (value ? (document.documentElement.dataset.live = value) : delete document.documentElement.dataset.live);
    source.onopen = () => state("open");
    source.onerror = () => state(source.readyState === EventSource.CLOSED ? "closed" : "connecting");
    source.onmessage = (message) => listener()?.onEvent(read(message));
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
  const value = useMemo(() => ({ counts, progress, attach }), [counts, progress, attach]);
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}

export function useLive(): Live {
  return useContext(LiveContext);
}
