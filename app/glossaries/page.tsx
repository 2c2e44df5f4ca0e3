import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/app/session";
import { can } from "@/lib/server/auth/permissions";
import { listGlossaries } from "@/lib/server/glossaries/list-glossaries";
import { CreateGlossaryForm } from "@/components/glossary/create-glossary-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Glossaries" };

export default async function GlossariesPage() {
  const actor = await requirePagePermission("/glossaries", "glossary.read");
  const glossaries = await listGlossaries({ actor });
  return (
    <>
      <h1>Glossaries</h1>
      {glossaries.length === 0 ? (
        <p>No glossary yet.</p>
      ) : (
        <table className="list">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Languages</th>
              <th scope="col">Terms</th>
              <th scope="col">Documents</th>
            </tr>
          </thead>
          <tbody>
            {glossaries.map((glossary) => (
              <tr key={glossary.id}>
                <td><Link href={`/glossaries/${glossary.id}`}>{glossary.name}</Link></td>
                <td>{glossary.sourceLanguage} → {glossary.targetLanguage}</td>
                <td>{glossary.termCount}</td>
                <td>{glossary.documents.map((d) => d.title).join(", ") || "none"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {can(actor, "glossary.manage") && (
        <>
          <h2>New glossary</h2>
          <CreateGlossaryForm />
        </>
      )}
    </>
  );
}
