import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { pageId, requirePagePermission } from "@/app/session";
import { getCheckCounts } from "@/lib/server/checks/get-check-counts";
import { getReport } from "@/lib/server/report/get-report";
import { AssigneeTable } from "@/components/assignments/assignee-table";
import { CheckTable } from "@/components/report/check-table";
import { CostliestTable } from "@/components/report/costliest-table";
import { EditorTable } from "@/components/report/editor-table";
import { SegmentTable } from "@/components/report/segment-table";
import { SummaryFigures } from "@/components/report/summary-figures";
import { TallyChart } from "@/components/report/tally-chart";
import styles from "@/components/report/report.module.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Quality report" };

type SearchParams = Promise<{ page?: string; sort?: string; dir?: string }>;

export default async function ReportPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const [{ id }, { page, sort, dir }] = await Promise.all([params, searchParams]);
  const actor = await requirePagePermission(`/documents/${id}/report`, "report.read");
  const view = await getReport({ actor, documentId: pageId(id), page, sort, dir });
  if (!view) notFound();
  const checkCounts = await getCheckCounts({ actor, documentId: view.document.id });
  const { document, report, segments, assignments } = view;
  return (
    <>
      <p className="muted"><Link href={`/documents/${document.id}`}>{document.title}</Link></p>
      <h1>Quality report</h1>
      <SummaryFigures report={report} />
      <section className={styles.section} aria-labelledby="errors">
        <h2 id="errors">Errors</h2>
        <p className="muted">Every open and resolved flag in the document, on approved segments or not; dismissed flags are not counted, as a reviewer judged them not to be errors.</p>
        <div className={styles.charts}>
          <TallyChart title="Errors by category" name="Category" tallies={report.byCategory} />
          <TallyChart title="Errors by severity" name="Severity" tallies={report.bySeverity} />
        </div>
      </section>
      <section className={styles.section} aria-labelledby="costliest">
        <h2 id="costliest">The categories that cost most</h2>
        <CostliestTable tallies={report.costliest} totalPenalty={report.mqm.penalty} />
      </section>
      <section className={styles.section} aria-labelledby="segments">
        <div className={styles.toolbar}>
          <h2 id="segments">Segments</h2>
          <a href={`/documents/${document.id}/report/csv`} className="button secondary" download>Download this table as CSV</a>
        </div>
        <SegmentTable documentId={document.id} segments={segments} />
      </section>
      <section className={styles.section} aria-labelledby="checks">
        <h2 id="checks">Automatic checks</h2>
        <p className="muted">The findings editors kept as flags and dismissed, per check: the checks&apos; measured precision. A kept flag a reviewer later dismissed counts as dismissed.</p>
        <CheckTable counts={checkCounts} />
      </section>
      <section className={styles.section} aria-labelledby="people">
        <h2 id="people">People</h2>
        <p className="muted">MT words are those of the segments a person proposed for or spent time on; active time is what the workspace recorded.</p>
        <EditorTable editors={report.editors} />
      </section>
      <section className={styles.section} aria-labelledby="assignees">
        <h2 id="assignees">Progress per assignee</h2>
        <p className="muted">Each assignment&apos;s sentences, counted once by their current status; done means approved or MT confirmed.</p>
        <AssigneeTable assignments={assignments} />
      </section>
    </>
  );
}
