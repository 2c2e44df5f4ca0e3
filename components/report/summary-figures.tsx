import type { QualityReport } from "@/lib/server/report/types";
import { ProgressBar, progressLabel } from "@/components/ui/progress-bar";
import { decimal, plural } from "./format";
import styles from "./report.module.css";

function Figure({ term, value, children }: { term: string; value: string; children: React.ReactNode }) {
  return (
    <div className={styles.figure}>
      <dt>{term}</dt>
      <dd>
        <span className={styles.value}>{value}</span>
        {children}
      </dd>
    </div>
  );
}

export function SummaryFigures({ report }: { report: QualityReport }) {
  const { progress, mqm } = report;
  // The MQM score covers the approved segments only; HTER and chrF also a confirmed MT (its HTER is 0).
  const reviewed = `${plural(mqm.reviewed.segments, "approved segment")} (${plural(mqm.reviewed.words, "MT word")})`;
  const final = progress.confirmed > 0 ? `${plural(report.scored, "segment")} with final text (approved, or MT confirmed)` : plural(report.scored, "approved segment");
  return (
    <dl className={styles.figures}>
      <Figure term="Progress" value={`${progress.approved + progress.confirmed} / ${progress.total}`}>
        <small>{progressLabel(progress)}.</small>
        <ProgressBar {...progress} />
      </Figure>
      <Figure term="HTER" value={decimal(report.hter)}>
        <small>Corpus TER from the MT to the approved text, over {final}; lower means fewer edits.</small>
      </Figure>
      <Figure term="chrF" value={decimal(report.chrf)}>
        <small>Character n-gram F-score of the MT against the approved text, over the same segments; 100 means unchanged.</small>
      </Figure>
      <Figure term="MQM score (reviewed words)" value={decimal(mqm.score)}>
        <small>
          {mqm.score === null
            ? "No segment is approved yet: the score counts reviewed segments only."
            : <>Over the {reviewed}: 100 × (1 − {decimal(mqm.reviewed.penalty, 2)} penalty / {mqm.reviewed.words.toLocaleString("en")} words).</>}
        </small>
      </Figure>
      <Figure term="MQM penalty per 1,000 words" value={decimal(mqm.perThousandWords)}>
        <small>The penalty of the {reviewed} per 1,000 of their MT words; lower is better.</small>
      </Figure>
      <Figure term="MQM penalty (whole document)" value={decimal(mqm.penalty, 2)}>
        <small>
          From {plural(mqm.counted, "open or resolved flag")} in all {mqm.wordCount.toLocaleString("en")} MT words, {mqm.reviewed.flags} of them on approved segments;{" "}
          {plural(mqm.dismissed, "dismissed flag")} not counted.
        </small>
      </Figure>
    </dl>
  );
}
