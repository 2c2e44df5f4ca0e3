import { diffWordsWithSpace } from "diff";
import { useMemo } from "react";
import styles from "./workspace.module.css";

/** A word-level diff as <del>/<ins>, with words for screen readers, so the change never depends on colour. */
export function DiffView({ from, to, label }: { from: string; to: string; label: string }) {
  const parts = useMemo(() => diffWordsWithSpace(from, to), [from, to]);
  const changed = parts.some((part) => part.added || part.removed);
  return (
    <div className={styles.diff} role="group" aria-label={label}>
      {!changed && <span className={styles.srOnly}>No changes. </span>}
      {parts.map((part, index) =>
        part.added ? (
          <ins key={index}><span className={styles.srOnly}>[inserted: </span>{part.value}<span className={styles.srOnly}>]</span></ins>
        ) : part.removed ? (
          <del key={index}><span className={styles.srOnly}>[deleted: </span>{part.value}<span className={styles.srOnly}>]</span></del>
        ) : (
          <span key={index}>{part.value}</span>
        ),
      )}
    </div>
  );
}
