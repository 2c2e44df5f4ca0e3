import type { Metadata } from "next";
import { ImportForm } from "@/components/documents/import-form";
import { requirePagePermission } from "@/app/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Import a document" };

export default async function ImportPage() {
  await requirePagePermission("/documents/new", "document.import");
  return (
    <>
      <h1>Import a document</h1>
      <p className="muted">A Verso backup (.json, from a document&apos;s Export page) restores the whole document, history included.</p>
      <ImportForm />
    </>
  );
}
