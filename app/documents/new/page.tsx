import type { Metadata } from "next";
import { ImportForm } from "@/components/documents/import-form";
import { NotAllowed } from "@/components/ui/not-allowed";
import { requireSignedIn } from "@/app/session";
import { can } from "@/lib/server/auth/permissions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Import a document" };

export default async function ImportPage() {
  const actor = await requireSignedIn("/documents/new");
  if (!can(actor, "document.import")) return <NotAllowed what="import documents" />;
  return (
    <>
      <h1>Import a document</h1>
      <ImportForm />
    </>
  );
}
