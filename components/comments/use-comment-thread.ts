"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useLive } from "@/components/live/live-provider";
import type { CommentView, ThreadState, ThreadView } from "@/lib/server/comments/comment-view";
import { EVENT } from "@/lib/server/live/event-types";

const COMMENT_EVENTS = new Set<string>([EVENT.commentCreate, EVENT.threadResolve, EVENT.threadReopen]);

/** A thread read once, then kept current from the document's live events (anyone's, one's own from other tabs too). */
export function useCommentThread(documentId: number, segmentId: number | null) {
  const [thread, setThread] = useState<ThreadView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { onDocumentEvent } = useLive();
  // Changes that arrive while the thread is loading: the answer may have been read before them, so they are applied to it.
  const early = useRef<Change[] | null>([]);

  useEffect(() => {
    let current = true;
    early.current = [];
    const query = segmentId === null ? "" : `?segment=${segmentId}`;
    fetch(`/documents/${documentId}/comments${query}`, { cache: "no-store" })
      .then(async (response) => ({ ok: response.ok, body: await response.json() }))
      .then(({ ok, body }) => {
        if (!current) return;
        if (!ok) return setError(body.error);
        setThread((early.current ?? []).reduce<ThreadView>(applyChange, body));
        early.current = null;
      })
      .catch(() => current && setError("The comments did not load; try again."));
    return () => {
      current = false;
    };
  }, [documentId, segmentId]);

  const apply = useCallback((state: ThreadState | undefined, comment?: CommentView) => {
    if (early.current) early.current.push({ state, comment });
    else setThread((current) => current && applyChange(current, { state, comment }));
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

type Change = { state?: ThreadState; comment?: CommentView };

function applyChange(thread: ThreadView, { state, comment }: Change): ThreadView {
  const comments = comment && !thread.comments.some((known) => known.id === comment.id) ? [...thread.comments, comment] : thread.comments;
  return { ...thread, comments, ...(state && { id: state.id, resolved: state.resolved }) };
}
