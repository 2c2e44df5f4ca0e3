import Link from "next/link";
import type { ExportSummary } from "@/lib/server/report/get-export-summary";
import { workspaceSearch } from "@/components/workspace/sentence-url";
import { ARTICLE_FORMATS, formatLabel } from "./format-labels";
import styles from "./export.module.css";

/** A plain GET form: each button asks its format's route for the file, so downloads work without JavaScript. */
export function ExportForm({ summary }: { summary: ExportSummary }) {
  const { id, total, unapproved, withProposal, formats } = summary;
  const article = formats.filter((format) => ARTICLE_FORMATS.includes(format));
  const data = formats.filter((format) => !ARTICLE_FORMATS.includes(format));
  return (
    <form method="get" className={styles.form} aria-label="Export">
      <p className={styles.count}>
        {unapproved === 0 ? `All ${total} segments are approved.` : `${unapproved} of ${total} segments ${unapproved === 1 ? "is" : "are"} not approved.`}
      </p>
      {unapproved > 0 && <UnapprovedLinks id={id} />}
      <fieldset className={styles.fill}>
        <legend>Fill a segment that is not approved with</legend>
        <label>
          <input type="radio" name="fill" value="mt" defaultChecked /> its machine translation
        </label>
        <label>
          <input type="radio" name="fill" value="latest" /> its latest open proposal, where there is one ({withProposal} {withProposal === 1 ? "segment" : "segments"}; a
          rejected proposal is never used)
        </label>
      </fieldset>
      <fieldset className={styles.fill}>
        <legend>Options</legend>
        <label>
          <input type="checkbox" name="mark" value="unapproved" /> Mark the sentences that are not approved (HTML, Markdown and Word), with a legend (a page imported as HTML keeps its own layout: marks only)
        </label>
      </fieldset>
      <fieldset className={styles.fill}>
        <legend>Name the people in MQM TSV, XLIFF and TMX by</legend>
        <label>
          <input type="radio" name="raters" value="emails" defaultChecked /> their email
        </label>
        <label>
          <input type="radio" name="raters" value="anonymous" /> a pseudonym (the same person always gets the same one)
        </label>
      </fieldset>
      <FormatList title="The cleaned article" id={id} formats={article} importFormat={summary.importFormat} />
      <FormatList title="The quality data" id={id} formats={data} importFormat={summary.importFormat} />
      <p className="muted">
        The numbers behind the data are in the <Link href={`/documents/${id}/report`}>quality report</Link>.
      </p>
    </form>
  );
}

function FormatList({ title, id, formats, importFormat }: { title: string; id: number; formats: string[]; importFormat: string | null }) {
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      <ul className={styles.formats}>
        {formats.map((format) => {
          const { label, about } = formatLabel(format, importFormat);
          return (
            <li key={format}>
              <button type="submit" formAction={`/documents/${id}/export/${format}`}>{label}</button>
              <span className="muted">{about}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The sentences still open, in the document, through its filter addresses. */
function UnapprovedLinks({ id }: { id: number }) {
  return (
    <p className="muted">
      Open them in the document:{" "}
      {(["new", "proposed", "rejected"] as const).map((status, index) => (
        <span key={status}>{index > 0 && ", "}<Link href={`/documents/${id}${workspaceSearch({ segmentId: null, filters: { status } })}`}>{status}</Link></span>
      ))}
      .
    </p>
  );
}
