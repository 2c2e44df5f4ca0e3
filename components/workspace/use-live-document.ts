"use client";

import { useEffect, useLayoutEffect, useRef } from "react";
import { useLive, type DocumentListener } from "@/components/live/live-provider";

/** Follows a document live from the event the page was rendered at: the tab's one stream switches to this document. */
export function useLiveDocument(documentId: number, after: string, listener: DocumentListener) {
  const { attach } = useLive();
  const latest = useRef(listener);
  useLayoutEffect(() => {
    latest.current = listener;
  });
  useEffect(() => attach({ documentId, after, listener: latest }), [attach, documentId, after]);
}
