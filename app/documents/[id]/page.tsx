import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDocument } from "@/lib/server/documents/get-document";
import { can } from "@/lib/server/auth/permissions";
import { ArticleView } from "@/components/documents/article-view";
import { currentActor, requireSignedIn } from "@/app/session";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ boundaries?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await currentActor();
  const document = actor ? await getDocument({ actor, documentId: Number((await params).id) }) : null;
  return { title: document?.title ?? "Document" };
}

export default async function DocumentPage({ params, searchParams }: Props) {
  const [{ id }, { boundaries }] = await Promise.all([params, searchParams]);
  const actor = await requireSignedIn(`/documents/${id}`);
  const document = await getDocument({ actor, documentId: Number(id) });
  if (!document) notFound();
  const mayFix = can(actor, "segment.split-merge");
  const fixBoundaries = mayFix && boundaries === "1";
  return (
    <>
      <div className="toolbar">
        <p className="muted">
          {document.segmentCount} segments · {document.sourceLanguage} → {document.targetLanguage}
          {document.provenance ? ` · MT: ${document.provenance}` : ""}
        </p>
        {mayFix && (
          <Link href={fixBoundaries ? `/documents/${document.id}` : `/documents/${document.id}?boundaries=1`} className="button secondary">
            {fixBoundaries ? "Done fixing boundaries" : "Fix sentence boundaries"}
          </Link>
        )}
      </div>
      <ArticleView document={document} fixBoundaries={fixBoundaries} />
    </>
  );
}
