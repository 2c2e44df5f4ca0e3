import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireSignedIn } from "@/app/session";
import { can } from "@/lib/server/auth/permissions";
import { getExportSummary } from "@/lib/server/report/get-export-summary";
import { ExportForm } from "@/components/export/export-form";
import { NotAllowed } from "@/components/ui/not-allowed";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Export" };

export default async function ExportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireSignedIn(`/documents/${id}/export`);
  if (!can(actor, "document.export")) return <NotAllowed what="export documents" />;
  const summary = await getExportSummary({ actor, documentId: /^\d+$/.test(id) ? Number(id) : NaN });
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
