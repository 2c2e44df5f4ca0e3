"use client";

import { useEffect, useState } from "react";
import { useLive } from "./live-provider";

/** A document's number of segments, following colleagues' splits, merges and links as they happen. */
export function LiveSegmentCount({ documentId, initial }: { documentId: number; initial: number }) {
  const { onDocumentEvent } = useLive();
  const [live, setLive] = useState<{ after: number; count: number } | null>(null);
  useEffect(
    () =>
      onDocumentEvent((event) => {
        const count = event.payload.segmentCount;
        if (event.documentId === documentId && count !== undefined) setLive({ after: initial, count });
      }),
    [onDocumentEvent, documentId, initial],
  );
  // A fresh render from the server (a refresh) knows better than an event seen before it.
  const count = live && live.after === initial ? live.count : initial;
  return <>{count === 1 ? "1 segment" : `${count} segments`}</>;
}
