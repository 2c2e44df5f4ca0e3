"use client";

import { useCallback, useEffect, useState } from "react";
import { useLive } from "@/components/live/live-provider";
import type { CommentView, ThreadState, ThreadView } from "@/lib/server/comments/comment-view";
import { EVENT } from "@/lib/server/live/event-types";

const COMMENT_EVENTS = new Set<string>([EVENT.commentCreate, EVENT.threadResolve, EVENT.threadReopen]);

/** A thread read once, then kept current from the document's live events (anyone's, one's own from other tabs too). */
export function useCommentThread(documentId: number, segmentId: number | null) {
  const [thread, setThread] = useState<ThreadView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { onDocumentEvent } = useLive();

  useEffect(() => {
    let current = true;
    const query = segmentId === null ? "" : `?segment=${segmentId}`;
    fetch(`/documents/${documentId}/comments${query}`, { cache: "no-store" })
      .then(async (response) => ({ ok: response.ok, body: await response.json() }))
      .then(({ ok, body }) => current && (ok ? setThread(body) : setError(body.error)))
      .catch(() => current && setError("The comments did not load; try again."));
    return () => {
      current = false;
    };
  }, [documentId, segmentId]);

  const apply = useCallback((state: ThreadState | undefined, comment?: CommentView) => {
    setThread((current) => {
      if (!current) return current;
      const comments = comment && !current.comments.some((known) => known.id === comment.id) ? [...current.comments, comment] : current.comments;
      return { ...current, comments, ...(state && { id: state.id, resolved: state.resolved }) };
    });
  }, []);

  useEffect(
    () =>
      onDocumentEvent((event) => {
        if (event.documentId !== documentId || event.segmentId !== segmentId || !COMMENT_EVENTS.has(event.type)) return;
        apply(event.payload.thread, event.payload.comment);
      }),
    [onDocumentEvent, documentId, segmentId, apply],
  );

  return { thread, error, apply };
}
