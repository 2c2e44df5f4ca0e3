import type { Metadata } from "next";
import Link from "next/link";
import { listDocuments } from "@/lib/server/documents/list-documents";
import { DocumentTable } from "@/components/documents/document-table";
import { requireSignedIn } from "@/app/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Documents" };

export default async function DocumentsPage() {
  const actor = await requireSignedIn("/");
  const documents = await listDocuments({ actor });
  return (
    <>
      <h1>Documents</h1>
      {documents.length === 0 ? (
        <p className="card">No documents yet. <Link href="/documents/new">Import one</Link>.</p>
      ) : (
        <DocumentTable documents={documents} />
      )}
    </>
  );
}
