import type { QualityReport } from "@/lib/server/report/types";
import { ProgressBar } from "@/components/ui/progress-bar";
import { decimal, plural } from "./format";
import styles from "./report.module.css";

export function SummaryFigures({ report }: { report: QualityReport }) {
  const { progress, mqm } = report;
  return (
    <dl className={styles.figures}>
      <div className={styles.figure}>
        <dt>Progress</dt>
        <dd>{progress.approved + progress.confirmed} / {progress.total}</dd>
        <small>{progress.approved} approved, {progress.confirmed ? `${progress.confirmed} MT confirmed, ` : ""}{progress.proposed} proposed{progress.rejected ? ` (${progress.rejected} rejected)` : ""}, {progress.untouched} untouched</small>
        <ProgressBar total={progress.total} approved={progress.approved + progress.confirmed} proposed={progress.proposed} />
      </div>
      <div className={styles.figure}>
        <dt>HTER</dt>
        <dd>{decimal(report.hter)}</dd>
        <small>Corpus TER from the MT to the approved text, over {plural(report.scored, "approved segment")}; lower means fewer edits.</small>
      </div>
      <div className={styles.figure}>
        <dt>chrF</dt>
        <dd>{decimal(report.chrf)}</dd>
        <small>Character n-gram F-score of the MT against the approved text, over the same segments; 100 means unchanged.</small>
      </div>
      <div className={styles.figure}>
        <dt>MQM score</dt>
        <dd>{decimal(mqm.score)}</dd>
        <small>100 × (1 − {decimal(mqm.penalty, 2)} penalty / {mqm.wordCount.toLocaleString("en")} MT words).</small>
      </div>
      <div className={styles.figure}>
        <dt>MQM penalty</dt>
        <dd>{decimal(mqm.penalty, 2)}</dd>
        <small>From {plural(mqm.counted, "open or resolved flag")}; {plural(mqm.dismissed, "dismissed flag")} not counted.</small>
      </div>
    </dl>
  );
}
