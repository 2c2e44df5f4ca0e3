import type { Metadata } from "next";
import Link from "next/link";
import { listDocuments } from "@/lib/server/documents/list-documents";
import { DocumentTable } from "@/components/documents/document-table";
import { Pager } from "@/components/review/pager";
import { requireSignedIn } from "@/app/session";
import { can } from "@/lib/server/auth/permissions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Documents" };

export default async function DocumentsPage({ searchParams }: { searchParams: Promise<{ page?: string; deleted?: string }> }) {
  const { page, deleted } = await searchParams;
  const actor = await requireSignedIn("/");
  const list = await listDocuments({ actor, page });
  return (
    <>
      <h1>Documents</h1>
      {typeof deleted === "string" && deleted && <p className="notice" role="status">Deleted “{deleted}” and all its work.</p>}
      {list.total === 0 ? (
        <p className="card">
          No documents yet.{" "}
          {can(actor, "document.import") ? <Link href="/documents/new">Import one</Link> : "An admin imports them; they will show here."}
        </p>
      ) : (
        <>
          {list.documents.length === 0 && <p className="card">There is no page {list.page}. <Link href="/">Back to the newest documents</Link>.</p>}
          {list.documents.length > 0 && <DocumentTable documents={list.documents} />}
          <Pager page={list.page} pageCount={list.pageCount} path="/" query={{}} />
        </>
      )}
    </>
  );
}
