import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDocument } from "@/lib/server/documents/get-document";
import { ArticleView } from "@/components/documents/article-view";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const document = await getDocument(Number((await params).id));
  return { title: document?.title ?? "Not found" };
}

export default async function DocumentPage({ params }: Props) {
  const document = await getDocument(Number((await params).id));
  if (!document) notFound();
  return (
    <>
      <p className="muted">
        {document.segmentCount} segments · {document.sourceLanguage} → {document.targetLanguage}
        {document.provenance ? ` · MT: ${document.provenance}` : ""}
      </p>
      <ArticleView document={document} />
    </>
  );
}
