import Link from "next/link";
import type { FeedbackItem } from "@/lib/server/reviews/list-feedback";
import { formatTime } from "@/components/review/format-time";
import { WordDiff } from "@/components/ui/word-diff";
import { sentenceHref } from "@/components/workspace/sentence-url";
import styles from "./feedback.module.css";

export function FeedbackEntry({ item }: { item: FeedbackItem }) {
  const where = `${item.document.title}, sentence ${item.segment.order}`;
  const verdict = item.kind === "rejected" ? "Rejected" : "Edited and approved";
  return (
    <article className={styles.item} aria-label={`${verdict}: ${where}`}>
      <h2>
        {verdict}: <Link href={sentenceHref(item.document.id, item.segment.id)}>{item.document.title}, sentence {item.segment.order}</Link>
        {item.unseen && <span className={styles.new}>New</span>}
      </h2>
      <p className="muted">by {item.reviewer} on {formatTime(item.at)}</p>
      {item.kind === "rejected" ? (
        <>
          <blockquote aria-label="Reason">{item.reason}</blockquote>
          <WordDiff showLabel label="Your proposal against the MT" from={item.segment.mtText} to={item.yourText} />
          <p className="muted">Answer with a new proposal for this sentence in the document.</p>
        </>
      ) : (
        <WordDiff showLabel label="What the reviewer changed in your proposal" from={item.yourText} to={item.approvedText ?? ""} />
      )}
    </article>
  );
}
