import { diffWordsWithSpace } from "diff";
import styles from "./word-diff.module.css";

/** A word-level diff read as one sentence: removed words struck through in <del>, added ones underlined in <ins>. */
export function WordDiff({ label, from, to }: { label: string; from: string; to: string }) {
  const changes = diffWordsWithSpace(from, to);
  const unchanged = changes.every((change) => !change.added && !change.removed);
  return (
    <figure className={styles.diff}>
      <figcaption>{label}{unchanged ? " (no change)" : ""}</figcaption>
      <p>
        {changes.map((change, index) =>
          change.removed ? <del key={index}>{change.value}</del> : change.added ? <ins key={index}>{change.value}</ins> : <span key={index}>{change.value}</span>,
        )}
      </p>
    </figure>
  );
}
