import type { Metadata } from "next";
import { cache } from "react";
import Link from "next/link";
import { LiveBoundaries } from "@/components/segments/live-boundaries";
import { LiveSegmentCount } from "@/components/live/live-segment-count";
import { notFound } from "next/navigation";
import { getDocument } from "@/lib/server/documents/get-document";
import { getFileExtras } from "@/lib/server/documents/get-file-extras";
import { getWorkspace } from "@/lib/server/workspace/get-workspace";
import { listSegments } from "@/lib/server/workspace/list-segments";
import { can } from "@/lib/server/auth/permissions";
import { ArticleView } from "@/components/documents/article-view";
import { FileExtras } from "@/components/documents/file-extras";
import { FindReplaceDialog } from "@/components/find-replace/find-replace-dialog";
import { DocumentComments } from "@/components/comments/document-comments";
import { DeleteDocument } from "@/components/documents/delete-document";
import { Workspace } from "@/components/workspace/workspace";
import { readWorkspaceView } from "@/components/workspace/sentence-url";
import { currentActor, pageId, requireSignedIn } from "@/app/session";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// The metadata and the page read the same document once per request.
const loadWorkspace = cache(async (documentId: number) => {
  const actor = await currentActor();
  return actor ? getWorkspace({ actor, documentId }) : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const document = await loadWorkspace(pageId(id));
  return { title: document?.title ?? "Document" };
}

export default async function DocumentPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const { filters } = readWorkspaceView(query);
  const actor = await requireSignedIn(`/documents/${id}`);
  const documentId = pageId(id);
  const document = await loadWorkspace(documentId);
  if (!document) notFound();
  const mayFix = can(actor, "segment.split-merge");
  const fixBoundaries = mayFix && query.boundaries === "1";
  const href = `/documents/${document.id}`;
  // Fixing boundaries shows the whole article at once; the workspace loads the first page and the rest on scroll.
  const [article, firstPage, fileExtras] = await Promise.all([
    fixBoundaries ? getDocument({ actor, documentId }) : null,
    fixBoundaries ? null : listSegments({ actor, documentId, query: filters }),
    getFileExtras({ actor, documentId }),
  ]);
  return (
    <>
      <h1 className="document-title">{document.title}</h1>
      <div className="toolbar">
        <p className="muted">
          <LiveSegmentCount documentId={document.id} initial={document.segmentCount} /> · {document.sourceLanguage} → {document.targetLanguage}
          {document.provenance ? ` · MT: ${document.provenance}` : ""}
        </p>
        <nav aria-label="Document" className="inline-form">
          <Link href={`${href}/read`}>Read the article</Link>
          {can(actor, "report.read") && <Link href={`${href}/report`}>Quality report</Link>}
          {can(actor, "audit.read") && <Link href={`${href}/activity`}>Activity</Link>}
          {can(actor, "document.export") && <Link href={`${href}/export`}>Export</Link>}
          {!fixBoundaries && can(actor, "proposal.submit") && <FindReplaceDialog documentId={document.id} />}
          {can(actor, "assignment.manage") && <Link href={`${href}/assignments`}>Assignments</Link>}
          {can(actor, "document.delete") && <DeleteDocument documentId={document.id} title={document.title} segments={document.segmentCount} />}
          {mayFix && (
            <Link href={fixBoundaries ? href : `${href}?boundaries=1`} className="button secondary">
              {fixBoundaries ? "Done fixing boundaries" : "Fix sentence boundaries"}
            </Link>
          )}
        </nav>
      </div>
      {fileExtras && <FileExtras {...fileExtras} />}
      <DocumentComments documentId={document.id} />
      {article && <ArticleView document={article} fixBoundaries />}
      {article && <LiveBoundaries documentId={document.id} lastEventId={document.lastEventId} />}
      {firstPage && (
        <Workspace
          documentId={document.id}
          language={document.targetLanguage}
          sourceLanguage={document.bilingual ? document.sourceLanguage : null}
          typology={document.typology}
          initialPage={firstPage}
          lastEventId={document.lastEventId}
          initialFilters={filters}
          abilities={{ actorId: actor.id, canFlag: can(actor, "annotation.create"), canPropose: can(actor, "proposal.submit"), canReview: can(actor, "proposal.review"), canRecordTime: can(actor, "segment.time") }}
        />
      )}
    </>
  );
}
