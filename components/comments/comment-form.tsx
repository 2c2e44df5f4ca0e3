"use client";

import { useActionState, useEffect, useId, useRef, useState } from "react";
import { createCommentAction, type CommentFormState } from "@/app/documents/[id]/comment-actions";
import type { Mentionable } from "@/lib/comments/parse-mentions";
import type { CommentView } from "@/lib/server/comments/comment-view";
import { COMMENT_MAX_LENGTH } from "@/lib/validations/comment";
import { mentionQuery, mentionText, suggestPeople } from "./mention-suggestions";
import { useMentionable } from "./use-mentionable";
import styles from "./comments.module.css";

const INITIAL: CommentFormState = { ok: false, message: null };

type Props = { documentId: number; segmentId: number | null; onAdded: (comment: CommentView, threadId: number) => void };

/** The comment box: "@" suggests people with access; the server finds the mentions again in what is sent. */
export function CommentForm({ documentId, segmentId, onAdded }: Props) {
  const [state, action, pending] = useActionState(createCommentAction, INITIAL);
  const [body, setBody] = useState("");
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const people = useMentionable();
  const box = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const typing = mentionQuery(body, caret);
  const suggestions = typing && people ? suggestPeople(people, typing.query) : [];

  useEffect(() => {
    if (!state.ok || !state.comment || state.threadId === undefined) return;
    onAdded(state.comment, state.threadId);
    setBody("");
    // onAdded is the thread's own setter; only a new result should run this.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);

  function choose(person: Mentionable) {
    if (!typing || !people) return;
    const inserted = `@${mentionText(person, people)} `;
    const next = body.slice(0, typing.start) + inserted + body.slice(caret);
    setBody(next);
    const at = typing.start + inserted.length;
    setCaret(at);
    requestAnimationFrame(() => box.current?.setSelectionRange(at, at));
    box.current?.focus();
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLTextAreaElement>) {
    if (suggestions.length === 0) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setActive((index) => (index + (event.key === "ArrowDown" ? 1 : suggestions.length - 1)) % suggestions.length);
    } else if (event.key === "Enter" || event.key === "Tab") {
      event.preventDefault();
      choose(suggestions[Math.min(active, suggestions.length - 1)]);
    } else if (event.key === "Escape") {
      event.stopPropagation();
      setCaret(-1);
    }
  }

  const heading = segmentId === null ? "Comment on the document" : "Comment on this sentence";
  return (
    <form action={action} className={styles.form}>
      <input type="hidden" name="documentId" value={documentId} />
      <input type="hidden" name="segmentId" value={segmentId ?? ""} />
      <label htmlFor={`${id}-body`}>{heading} (@ to mention someone)</label>
      <textarea
        ref={box}
        id={`${id}-body`}
        name="body"
        rows={2}
        maxLength={COMMENT_MAX_LENGTH}
        value={body}
        aria-controls={suggestions.length > 0 ? `${id}-people` : undefined}
        aria-autocomplete="list"
        aria-activedescendant={suggestions.length > 0 ? `${id}-person-${Math.min(active, suggestions.length - 1)}` : undefined}
        onChange={(event) => {
          setBody(event.target.value);
          setCaret(event.target.selectionStart);
          setActive(0);
        }}
        onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
        onKeyDown={onKeyDown}
      />
      {suggestions.length > 0 && (
        <ul id={`${id}-people`} role="listbox" aria-label="People to mention" className={styles.suggestions}>
          {suggestions.map((person, index) => (
            <li key={person.id} id={`${id}-person-${index}`} role="option" aria-selected={index === active} onMouseDown={(event) => event.preventDefault()} onClick={() => choose(person)}>
              {person.name} <span className={styles.meta}>{person.email}</span>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.row}>
        <button type="submit" disabled={pending}>Add comment</button>
      </div>
      {state.message && <p className={state.ok ? "notice" : "alert"} role={state.ok ? "status" : "alert"}>{state.message}</p>}
    </form>
  );
}
