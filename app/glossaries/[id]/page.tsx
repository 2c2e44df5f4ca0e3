import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { pageId, requirePagePermission } from "@/app/session";
import { isAppError } from "@/lib/errors";
import { can } from "@/lib/server/auth/permissions";
import { getGlossary } from "@/lib/server/glossaries/get-glossary";
import { listAttachableDocuments } from "@/lib/server/glossaries/list-attachable-documents";
import { listGlossaryActivity } from "@/lib/server/glossaries/list-glossary-activity";
import { GlossaryForm } from "@/components/glossary/glossary-form";
import { GlossaryHistory } from "@/components/glossary/glossary-history";
import { GlossaryManagement } from "@/components/glossary/glossary-management";
import { TermTable } from "@/components/glossary/term-table";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Glossary" };

export default async function GlossaryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const glossaryId = pageId(id);
  const actor = await requirePagePermission(`/glossaries/${glossaryId}`, "glossary.read");
  const manage = can(actor, "glossary.manage");
  const [glossary, documents, history] = await Promise.all([
    getGlossary({ actor, glossaryId }),
    manage ? listAttachableDocuments({ actor, glossaryId }) : null,
    can(actor, "audit.read") ? listGlossaryActivity({ actor, glossaryId }) : [],
  ]).catch(notFoundIfMissing);
  return (
    <>
      <p><Link href="/glossaries">All glossaries</Link></p>
      <h1>{glossary.name}</h1>
      <p>
        {glossary.sourceLanguage} → {glossary.targetLanguage} · {glossary.terms.length} {glossary.terms.length === 1 ? "term" : "terms"} · export as{" "}
        <a href={`/glossaries/${glossary.id}/export/csv`} download>CSV</a> or <a href={`/glossaries/${glossary.id}/export/tbx`} download>TBX</a>
      </p>
      <h2>Documents</h2>
      {glossary.documents.length === 0 ? (
        <p>Not attached to any document yet.</p>
      ) : (
        <ul>
          {glossary.documents.map((document) => (
            <li key={document.id}>
              <Link href={`/documents/${document.id}`}>{document.title}</Link>
              {manage && (
                <GlossaryForm glossaryId={glossary.id} intent="detach" submit={`Detach from ${document.title}`} className="inline-form" secondary>
                  <input type="hidden" name="documentId" value={document.id} />
                </GlossaryForm>
              )}
            </li>
          ))}
        </ul>
      )}
      {manage && documents && <GlossaryManagement glossary={glossary} documents={documents} />}
      <h2>Terms</h2>
      <TermTable glossaryId={glossary.id} terms={glossary.terms} manage={manage} />
      <GlossaryHistory events={history} />
    </>
  );
}

/** A glossary never there, or deleted by a colleague: the not-found page, as for a document. */
function notFoundIfMissing(error: unknown): never {
  if (isAppError(error) && error.code === "not_found") notFound();
  throw error;
}
