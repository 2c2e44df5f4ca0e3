"use client";

import { useEffect, useRef, useState } from "react";
import { PRESENCE_HEARTBEAT_MS } from "@/lib/server/live/presence-times";

/** This tab's own id: random, and made without crypto.randomUUID, which plain-HTTP pages on a network address lack. */
function newTabId() {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** How each open workspace of this tab says goodbye: signing out calls them while the session still lets them through. */
const leavers = new Set<() => Promise<void>>();

/** Takes this tab out of every document's presence; the sign-out button awaits it before it ends the session. */
export function leaveAllPresence(): Promise<unknown> {
  return Promise.all([...leavers].map((leave) => leave()));
}

/**
 * Tells the others where this tab is in the document: at once when the open sentence or editing changes, then every
 * 10 s while the tab is open; the tab says goodbye when it closes (a beacon) or the workspace unmounts.
 */
export function usePresence(documentId: number, segmentId: number | null, editing: boolean) {
  const [tabId] = useState(newTabId);
  const url = `/documents/${documentId}/presence`;
  // One report at a time, in order: opening a sentence and then its text box sends two, and on a busy server the
  // first could land last and say "has it open" over "is editing".
  const queue = useRef<Promise<void>>(Promise.resolve());
  const gone = useRef(false);
  const send = (init: RequestInit) => {
    queue.current = queue.current.then(() => fetch(url, init).then(() => undefined, () => undefined));
    return queue.current;
  };

  useEffect(() => {
    const beat = () => !gone.current && send({ method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ tabId, segmentId, editing }) });
    beat();
    const timer = setInterval(beat, PRESENCE_HEARTBEAT_MS);
    return () => clearInterval(timer);
  }, [url, tabId, segmentId, editing]);

  useEffect(() => {
    const leave = () => navigator.sendBeacon(url, JSON.stringify({ tabId, left: true }));
    const signOut = () => {
      gone.current = true;
      return send({ method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ tabId, left: true }) });
    };
    window.addEventListener("pagehide", leave);
    leavers.add(signOut);
    return () => {
      leavers.delete(signOut);
      window.removeEventListener("pagehide", leave);
      send({ method: "POST", keepalive: true, headers: { "content-type": "application/json" }, body: JSON.stringify({ tabId, left: true }) });
    };
  }, [url, tabId]);

  return tabId;
}
