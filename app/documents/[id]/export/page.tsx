import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { pageId, requirePagePermission } from "@/app/session";
import { getExportSummary } from "@/lib/server/report/get-export-summary";
import { ExportForm } from "@/components/export/export-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Export" };

export default async function ExportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePagePermission(`/documents/${id}/export`, "document.export");
  const summary = await getExportSummary({ actor, documentId: pageId(id) });
  if (!summary) notFound();
  return (
    <>
      <p className="muted">
        <Link href={`/documents/${summary.id}`}>{summary.title}</Link>
      </p>
      <h1>Export</h1>
      <ExportForm summary={summary} />
    </>
  );
}
