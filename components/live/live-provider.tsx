"use client";

import { usePathname } from "next/navigation";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type RefObject } from "react";
import type { CountsMessage, LiveEvent, PresenceEntry, ProgressMessage } from "@/lib/server/live/event-types";
import { openLiveConnection, type LiveTrouble } from "./live-connection";

export type DocumentListener = { onEvent: (event: LiveEvent) => void; onPresence: (present: PresenceEntry[]) => void; onReset: () => void };
type Attached = { documentId: number; after: string; listener: RefObject<DocumentListener> };
type EventHandler = (event: LiveEvent) => void;
type Live = {
  counts: CountsMessage;
  progress: Record<number, ProgressMessage>;
  attach: (attached: Attached) => () => void;
  /** Every event of the attached document, for parts of its page other than the workspace (the comment threads). */
  onDocumentEvent: (handler: EventHandler) => () => void;
  /** Why the page is not live now, if it is not: shown to the person, so the page is not trusted as current. */
  trouble: LiveTrouble;
};

const LiveContext = createContext<Live>({ counts: {}, progress: {}, attach: () => () => {}, onDocumentEvent: () => () => {}, trouble: null });
// A document's page opens its stream once its workspace says from which event on; until then it opens none.
const DOCUMENT_PAGE = /^\/documents\/\d+$/;

/**
 * One EventSource per tab: a document's stream on a document's page, the counts stream on every other page. The
 * browser reconnects by itself and sends Last-Event-ID, and a new stream resumes after the last event, so the server
 * replays what the tab missed.
 */
export function LiveProvider({ signedIn, initialCounts, children }: { signedIn: boolean; initialCounts: CountsMessage; children: React.ReactNode }) {
  const pathname = usePathname();
  const [attached, setAttached] = useState<Attached | null>(null);
  const [counts, setCounts] = useState(initialCounts);
  const [progress, setProgress] = useState<Record<number, ProgressMessage>>({});
  const [trouble, setTrouble] = useState<LiveTrouble>(null);
  const waiting = DOCUMENT_PAGE.test(pathname) && !attached;
  const handlers = useRef(new Set<EventHandler>());

  useEffect(() => {
    if (!signedIn || waiting) return;
    const listener = () => attached?.listener.current;
    const read = (message: MessageEvent) => JSON.parse(message.data);
    return openLiveConnection({
      url: (lastEventId) => (attached ? `/documents/${attached.documentId}/live?after=${lastEventId ?? attached.after}` : "/live"),
      onTrouble: setTrouble,
      wire(source) {
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
      },
    });
  }, [signedIn, waiting, attached]);

  const attach = useCallback((next: Attached) => {
    setAttached(next);
    return () => setAttached((current) => (current === next ? null : current));
  }, []);
  const onDocumentEvent = useCallback((handler: EventHandler) => {
    handlers.current.add(handler);
    return () => void handlers.current.delete(handler);
  }, []);
  const value = useMemo(() => ({ counts, progress, attach, onDocumentEvent, trouble }), [counts, progress, attach, onDocumentEvent, trouble]);
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}

export function useLive(): Live {
  return useContext(LiveContext);
}
