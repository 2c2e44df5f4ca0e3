"use client";

import { useCallback, useEffect, useState } from "react";
import type { SegmentDetail } from "@/lib/server/workspace/get-segment-detail";

/** The open segment's proposals, flags and history, fetched when it opens and again after each change. */
export function useSegmentDetail(documentId: number, segmentId: number) {
  const [detail, setDetail] = useState<SegmentDetail | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    const response = await fetch(`/documents/${documentId}/segments/${segmentId}`, { cache: "no-store" });
    const body = await response.json().catch(() => ({ error: "The server did not answer; try again." }));
    if (!response.ok) {
      setError(body.error);
      return null;
    }
    setError(null);
    setDetail(body);
    return body as SegmentDetail;
  }, [documentId, segmentId]);

  useEffect(() => {
    let live = true;
    fetch(`/documents/${documentId}/segments/${segmentId}`, { cache: "no-store" })
      .then(async (response) => ({ ok: response.ok, body: await response.json() }))
      .then(({ ok, body }) => {
        if (!live) return;
        if (ok) setDetail(body);
        else setError(body.error);
      })
      .catch(() => live && setError("The server did not answer; try again."));
    return () => {
      live = false;
    };
  }, [documentId, segmentId]);

  return { detail, error, refresh };
}
