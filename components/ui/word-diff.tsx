import { diffWordsWithSpace, type Change } from "diff";
import styles from "./word-diff.module.css";

type Props = { from: string; to: string; label: string; showLabel?: boolean };

// A change of punctuation or spacing alone ("," or " - ") is a few pixels wide: it gets a framed, wider mark.
const PUNCTUATION_ONLY = /^[\p{P}\p{S}\s]+$/u;

function className(change: Change, previous: Change | undefined) {
  const classes = [];
  if (PUNCTUATION_ONLY.test(change.value)) classes.push(styles.punctuation);
  // A deletion and an insertion side by side ("Alpha" -> "SEC") are set apart, or they read as one word.
  if (previous && (previous.added || previous.removed)) classes.push(styles.adjacent);
  return classes.join(" ") || undefined;
}

/** The changes as inline pieces, for a diff set inside running text (the reading view's track changes). */
export function DiffPieces({ changes }: { changes: Change[] }) {
  return changes.map((change, index) =>
    change.added ? (
      <ins key={index} className={className(change, changes[index - 1])}><span className={styles.srOnly}>[inserted: </span>{change.value}<span className={styles.srOnly}>]</span></ins>
    ) : change.removed ? (
      <del key={index} className={className(change, changes[index - 1])}><span className={styles.srOnly}>[deleted: </span>{change.value}<span className={styles.srOnly}>]</span></del>
    ) : (
      <span key={index}>{change.value}</span>
    ),
  );
}

/** The changes from one text to another, word by word. */
export const wordChanges = (from: string, to: string) => diffWordsWithSpace(from, to);

/**
 * The one word-level diff of Verso (jsdiff's diffWordsWithSpace): removed words in <del>, added ones in <ins>, told
 * apart by strike-through and underline and spelled out for screen readers, so the change never depends on colour.
 */
export function WordDiff({ from, to, label, showLabel = false }: Props) {
  const changes = diffWordsWithSpace(from, to);
  const unchanged = changes.every((change) => !change.added && !change.removed);
  return (
    <div role="group" aria-label={label} className={styles.diff}>
      {showLabel && <p className={styles.caption} aria-hidden="true">{label}{unchanged ? " (no change)" : ""}</p>}
      <p className={styles.text}>
        {unchanged && !showLabel && <span className={styles.srOnly}>No changes. </span>}
        <DiffPieces changes={changes} />
      </p>
    </div>
  );
}

/** The class that styles DiffPieces' <del> and <ins>, for a container of inline diffs. */
export const DIFF_CLASS = styles.diff;
