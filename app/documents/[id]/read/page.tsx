import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getReadingView } from "@/lib/server/reading/get-reading-view";
import { READING_VIEW_LABELS, READING_VIEWS } from "@/lib/server/reading/reading-views";
import { ReadingArticle } from "@/components/reading/reading-article";
import { pageId, requireSignedIn } from "@/app/session";
import { setReadingViewAction } from "./actions";
import styles from "@/components/reading/reading.module.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Read the article" };

type Props = { params: Promise<{ id: string }> };

const EXPLAIN = {
  corrected: "Approved text where there is one (or the MT an editor confirmed); otherwise the latest proposal, marked as not reviewed yet; otherwise the MT.",
  mt: "The machine translation as imported.",
  source: "The original text.",
  changes: "The corrected text against the MT: deleted words struck through, inserted words underlined.",
} as const;

export default async function ReadingPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireSignedIn(`/documents/${id}/read`);
  const documentId = pageId(id);
  const document = await getReadingView({ actor, documentId });
  if (!document) notFound();
  const views = READING_VIEWS.filter((view) => view !== "source" || document.hasSource);
  const unreviewed = document.blocks.reduce((count, block) => count + block.segments.filter((segment) => segment.final === null && segment.unreviewed !== null).length, 0);
  return (
    <>
      <div className="toolbar">
        <h1>{document.title}</h1>
        <Link href={`/documents/${document.id}`}>Back to editing</Link>
      </div>
      <form action={setReadingViewAction.bind(null, document.id)} className={styles.views} aria-label="Reading view">
        <span className="muted">Read as:</span>
        {views.map((view) => (
          <button key={view} type="submit" name="view" value={view} aria-pressed={view === document.view} className={view === document.view ? undefined : "secondary"}>
            {READING_VIEW_LABELS[view]}
          </button>
        ))}
      </form>
      <p className="muted">
        {EXPLAIN[document.view]}
        {document.view === "corrected" && unreviewed > 0 ? ` ${unreviewed} sentence${unreviewed === 1 ? " is" : "s are"} not reviewed yet.` : ""}
      </p>
      <ReadingArticle document={document} view={document.view} />
    </>
  );
}
