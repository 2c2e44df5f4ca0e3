import Link from "next/link";
import type { ReviewItem } from "@/lib/server/reviews/list-review-queue";
import { AnnotationList } from "./annotation-list";
import { ApproveForm } from "./approve-form";
import { EditApproveForm } from "./edit-approve-form";
import { formatTime } from "./format-time";
import { RejectForm } from "./reject-form";
import { WordDiff } from "@/components/ui/word-diff";
import { OverrideNote } from "@/components/checks/override-note";
import { SourceText } from "@/components/bilingual/source-text";
import { sentenceHref } from "@/components/workspace/sentence-url";
import styles from "./review.module.css";

export function ReviewCard({ item, mayResolve }: { item: ReviewItem; mayResolve: boolean }) {
  const { segment } = item;
  const where = `${segment.document.title}, sentence ${segment.order}`;
  return (
    <article className={styles.card} data-review-card data-segment-id={segment.id} aria-label={`Proposal by ${item.author.name} for ${where}`}>
      <div className={styles.head}>
        <label className="inline">
          <input type="checkbox" name="proposalId" value={item.id} form="bulk-approve" disabled={item.own} /> Select
          <span className="visually-hidden"> the proposal for {where}</span>
        </label>
        <h2><Link href={sentenceHref(segment.document.id, segment.id)}>{segment.document.title}, sentence {segment.order}</Link></h2>
        <p className="muted">Proposed by {item.author.name}{item.own ? " (you)" : ""} on {formatTime(item.createdAt)}</p>
      </div>
      <div className={styles.context} aria-label="Context">
        {item.before !== null && <p className={styles.neighbour}><span className={styles.label}>Before</span>{item.before}</p>}
        {segment.sourceText !== null && <p><span className={styles.label}>Source</span><SourceText text={segment.sourceText} language={segment.document.sourceLanguage} /></p>}
        <p><span className={styles.label}>MT</span>{segment.mtText}</p>
        {item.after !== null && <p className={styles.neighbour}><span className={styles.label}>After</span>{item.after}</p>}
      </div>
      {item.text === segment.mtText && <p className={styles.label}>Confirms the MT unchanged</p>}
      <WordDiff showLabel label="Proposal against the MT" from={segment.mtText} to={item.text} />
      <OverrideNote override={item.checkOverride} />
      {item.approvedText === null
        ? <p className="muted">No text is approved for this sentence yet.</p>
        : <WordDiff showLabel label="Proposal against the approved text" from={item.approvedText} to={item.text} />}
      <AnnotationList annotations={segment.annotations} mtText={segment.mtText} mayResolve={mayResolve} />
      <div className={styles.actions}>
        <ApproveForm proposalId={item.id} own={item.own} sentence={{ segmentId: segment.id, order: segment.order, title: segment.document.title }} />
        <RejectForm proposalId={item.id} />
        {!item.own && <EditApproveForm proposalId={item.id} text={item.text} sentence={{ segmentId: segment.id, order: segment.order, title: segment.document.title }} />}
      </div>
    </article>
  );
}
