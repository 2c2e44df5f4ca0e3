"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { deleteAnnotationAction } from "@/app/documents/[id]/actions";
import type { AnnotationView } from "@/lib/server/workspace/annotation-view";
import { describeFlag } from "./segment-text";
import styles from "./workspace.module.css";

type Props = { text: string; flags: AnnotationView[]; actorId: string; onActive: (id: number | null) => void; onEdit: (flag: AnnotationView) => void; onChanged: () => void };

/** Each flag in words (category, severity, note, author); focus or hover marks its span in the MT. */
export function FlagList({ text, flags, actorId, onActive, onEdit, onChanged }: Props) {
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLUListElement>(null);
  // The place of a flag just deleted: a keyboard user carries on from the flag now there, not from the top of the page.
  const deletedAt = useRef<number | null>(null);

  useEffect(() => {
    if (deletedAt.current === null) return;
    const items = list.current?.children ?? [];
    const next = items[Math.min(deletedAt.current, items.length - 1)] as HTMLElement | undefined;
    deletedAt.current = null;
    (next ?? heading.current)?.focus();
  }, [flags]);

  function remove(flag: AnnotationView, index: number) {
    if (pending) return;
    // Set before the request: the live update of the deletion may reload the flags before this reply does.
    deletedAt.current = index;
    startTransition(async () => {
      const result = await deleteAnnotationAction(flag.id);
      setMessage(result.ok ? null : result.message);
      if (!result.ok) {
        deletedAt.current = null;
        return;
      }
      onChanged();
    });
  }

  return (
    <section aria-labelledby="flags-heading">
      <h3 id="flags-heading" ref={heading} tabIndex={-1}>Flags ({flags.length})</h3>
      {message && <p className="alert" role="alert">{message}</p>}
      {flags.length === 0 ? (
        <p className={styles.meta}>No flags yet.</p>
      ) : (
        <ul ref={list} className={styles.list} aria-label="Flags on this sentence">
          {flags.map((flag, index) => {
            const words = flag.start === flag.end ? `missing words at character ${flag.start}` : `“${text.slice(flag.start, flag.end)}”`;
            // A sentence with several flags lists several Edit and Delete buttons; each names the flag it acts on.
            const which = <span className="visually-hidden"> the flag on {words}</span>;
            return (
              <li key={flag.id} tabIndex={0} onMouseEnter={() => onActive(flag.id)} onMouseLeave={() => onActive(null)} onFocus={() => onActive(flag.id)} onBlur={() => onActive(null)}>
                <div>{describeFlag(flag)}</div>
                <div className={styles.meta}>{words}</div>
                {flag.authorId === actorId && flag.state === "open" && (
                  <div className={styles.inline}>
                    <button type="button" className={`secondary ${styles.small}`} onClick={() => onEdit(flag)}>Edit{which}</button>
                    <button type="button" className={`secondary ${styles.small}`} aria-disabled={pending} onClick={() => remove(flag, index)}>Delete{which}</button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
