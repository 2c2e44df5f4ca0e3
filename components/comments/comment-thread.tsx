"use client";

import { useState, useTransition } from "react";
import { setThreadResolvedAction } from "@/app/documents/[id]/comment-actions";
import { CommentForm } from "./comment-form";
import { useCommentThread } from "./use-comment-thread";
import styles from "./comments.module.css";

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });

/** A sentence's comments (segmentId) or the document's (null), live, with a box to add one and resolve or reopen. */
export function CommentThread({ documentId, segmentId }: { documentId: number; segmentId: number | null }) {
  const { thread, error, apply } = useCommentThread(documentId, segmentId);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const headingId = `comments-heading-${segmentId ?? "document"}`;
  const comments = thread?.comments ?? [];

  function setResolved(resolve: boolean) {
    if (thread?.id == null) return;
    const threadId = thread.id;
    startTransition(async () => {
      const result = await setThreadResolvedAction(threadId, resolve);
      setMessage(result.ok ? null : result.message);
      if (result.ok) apply(result.thread);
    });
  }

  return (
    <section aria-labelledby={headingId} className={styles.thread}>
      <h3 id={headingId}>Comments ({comments.length})</h3>
      {error && <p className="alert" role="alert">{error}</p>}
      {thread?.resolved && (
        <p className={styles.meta} role="status">Resolved by {thread.resolved.by.name}, {when(thread.resolved.at)}.</p>
      )}
      {comments.length > 0 && (
        <ol className={styles.list} aria-label={segmentId === null ? "Comments on the document" : "Comments on this sentence"}>
          {comments.map((comment) => (
            <li key={comment.id}>
              <strong>{comment.author.name}</strong> <time className={styles.meta} dateTime={comment.createdAt}>{when(comment.createdAt)}</time>
              <p className={styles.body}>{comment.body}</p>
            </li>
          ))}
        </ol>
      )}
      {thread?.id != null && (
        <div className={styles.row}>
          <button type="button" className="secondary" disabled={pending} onClick={() => setResolved(!thread.resolved)}>
            {thread.resolved ? "Reopen thread" : "Resolve thread"}
          </button>
        </div>
      )}
      {message && <p className="alert" role="alert">{message}</p>}
      <CommentForm documentId={documentId} segmentId={segmentId} onAdded={(comment, threadId) => apply({ id: threadId, resolved: null }, comment)} />
    </section>
  );
}
