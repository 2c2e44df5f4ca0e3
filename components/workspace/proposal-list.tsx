import type { SegmentDetail } from "@/lib/server/workspace/get-segment-detail";
import { WordDiff } from "@/components/ui/word-diff";
import { OverrideNote } from "@/components/checks/override-note";
import styles from "./workspace.module.css";

type Props = { mtText: string; proposals: SegmentDetail["proposals"]; canPropose: boolean; onStartFrom: (proposal: { id: number; text: string }) => void };

export const when = (iso: string) => new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });

/** Every proposal for the sentence, newest first, each as a diff against the MT; any one can start a new draft. */
export function ProposalList({ mtText, proposals, canPropose, onStartFrom }: Props) {
  const newestFirst = [...proposals].reverse();
  return (
    <section aria-labelledby="proposals-heading">
      <h3 id="proposals-heading">Proposals ({proposals.length})</h3>
      {proposals.length === 0 ? (
        <p className={styles.meta}>No proposals yet.</p>
      ) : (
        <ol className={styles.list} aria-label="Proposals for this sentence" reversed>
          {newestFirst.map((proposal) => (
            <li key={proposal.id}>
              <div className={styles.meta}>
                {proposal.author.name} · <time dateTime={proposal.createdAt}>{when(proposal.createdAt)}</time> · {proposal.state}
                {proposal.basedOnId ? ` · based on proposal #${proposal.basedOnId}` : ""} · #{proposal.id}
              </div>
              <WordDiff from={mtText} to={proposal.text} label={`Proposal #${proposal.id} by ${proposal.author.name} against the MT`} />
              <OverrideNote override={proposal.checkOverride} />
              {proposal.reviews.map((review) => (
                <div key={review.id} className={styles.meta}>
                  {review.decision === "approve" ? "✓ Approved" : "✗ Rejected"} by {review.reviewer.name}, <time dateTime={review.createdAt}>{when(review.createdAt)}</time>
                  {review.reason ? `: ${review.reason}` : ""}
                </div>
              ))}
              {canPropose && (
                <button type="button" className={`secondary ${styles.small}`} onClick={() => onStartFrom(proposal)} aria-label={`Start from this proposal, #${proposal.id}`}>
                  Start from this
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
