import type { SegmentDetail } from "@/lib/server/workspace/get-segment-detail";
import { when } from "./proposal-list";
import styles from "./workspace.module.css";

const LABELS: Record<string, string> = {
  "proposal.submit": "proposed a correction",
  "proposal.approve": "approved a proposal",
  "proposal.reject": "rejected a proposal",
  "proposal.edit-in-review": "edited and approved a proposal",
  "proposal.undo-approve": "undid an approval",
  "segment.confirm": "confirmed the MT as it is",
  "segment.reopen": "reopened the sentence for editing",
  "finding.dismiss": "dismissed a finding of the checks",
  "finding.restore": "restored a dismissed finding of the checks",
  "annotation.resolve-on-approval": "resolved the flags with the approval",
  "time.flush": "recorded editing time",
  "annotation.create": "flagged an error",
  "annotation.update": "edited a flag",
  "annotation.delete": "deleted a flag",
  "annotation.resolve": "resolved a flag",
  "annotation.dismiss": "dismissed a flag",
  "segment.split": "split the sentence",
  "segment.merge": "merged sentences",
  "segment.link": "linked alignment groups",
  "segment.unlink": "unlinked an alignment group",
  "comment.create": "commented",
  "comment-thread.resolve": "resolved the comments",
  "comment-thread.reopen": "reopened the comments",
};

function statusChange(before: unknown, after: unknown) {
  const from = (before as { status?: string } | null)?.status;
  const to = (after as { status?: string } | null)?.status;
  return from && to && from !== to ? ` (status ${from} → ${to})` : "";
}

/** Who did what to this sentence and when, newest first, from the append-only audit log. */
export function HistoryList({ history, olderHistory }: Pick<SegmentDetail, "history" | "olderHistory">) {
  return (
    <section aria-labelledby="history-heading">
      <h3 id="history-heading">History</h3>
      {history.length === 0 ? (
        <p className={styles.meta}>Nothing has happened to this sentence yet.</p>
      ) : (
        <ol className={styles.list} aria-label="History of this sentence">
          {history.map((event) => (
            <li key={event.id}>
              <strong>{event.actorName}</strong> {LABELS[event.action] ?? event.action}
              {statusChange(event.before, event.after)}
              <div className={styles.meta}><time dateTime={event.createdAt}>{when(event.createdAt)}</time></div>
            </li>
          ))}
        </ol>
      )}
      {olderHistory && <p className={styles.meta}>Only the latest {history.length} events are shown; older ones are in the document&apos;s activity log.</p>}
    </section>
  );
}
