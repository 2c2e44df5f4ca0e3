import type { ProposalConflict } from "@/lib/server/proposals/submit-proposal";
import { WordDiff } from "@/components/ui/word-diff";
import styles from "./workspace.module.css";

type Props = { conflict: ProposalConflict; pending: boolean; onKeepTheirs: () => void; onSubmitMine: () => void; onMerge: () => void };

/** Both texts diffed (theirs → yours) with the three ways out; nothing is overwritten without a choice. */
export function ConflictView({ conflict, pending, onKeepTheirs, onSubmitMine, onMerge }: Props) {
  return (
    <div className="alert" role="alert" aria-labelledby="conflict-heading">
      <h4 id="conflict-heading">Someone saved this sentence while you were editing</h4>
      <p>Their text (by {conflict.theirAuthor}):</p>
      <p className={styles.plainText}>{conflict.theirText}</p>
      <p>Changes from their text to yours:</p>
      <WordDiff from={conflict.theirText} to={conflict.yourText} label="Their text against yours" />
      <div className={styles.inline}>
        {/* aria-disabled, not disabled, while a choice runs: a disabled button would drop the keyboard's focus. */}
        <button type="button" className="secondary" aria-disabled={pending} onClick={() => !pending && onKeepTheirs()}>Keep theirs</button>
        <button type="button" aria-disabled={pending} onClick={() => !pending && onSubmitMine()}>Submit mine on top</button>
        <button type="button" className="secondary" aria-disabled={pending} onClick={() => !pending && onMerge()}>Merge by editing</button>
      </div>
    </div>
  );
}
