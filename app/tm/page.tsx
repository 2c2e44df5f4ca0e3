import type { Metadata } from "next";
import { requirePagePermission } from "@/app/session";
import { getTmSummary } from "@/lib/server/tm/get-tm-summary";
import { DeleteImportedForm } from "@/components/tm/delete-imported-form";
import { ImportTmForm } from "@/components/tm/import-tm-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Translation memory" };

type Search = { deleted?: string; source?: string; target?: string };

export default async function TranslationMemoryPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePagePermission("/tm", "tm.manage");
  const pairs = await getTmSummary({ actor });
  const { deleted, source, target } = await searchParams;
  const count = /^\d{1,9}$/.test(deleted ?? "") ? Number(deleted) : null;
  return (
    <>
      <h1>Translation memory</h1>
      {count !== null && source && target && (
        <p className="notice" role="status">Deleted {count} imported entr{count === 1 ? "y" : "ies"} of {source} → {target}.</p>
      )}
      <p className="muted">Every approved sentence joins the memory (its source, or its MT in monolingual work, with the approved text); editors see matches of 75% or more in every document&apos;s panel.</p>
      {pairs.length === 0 ? (
        <p className="card">The memory is empty.</p>
      ) : (
        <table className="list">
          <thead>
            <tr><th scope="col">Source</th><th scope="col">Target</th><th scope="col">Entries</th><th scope="col">From approvals</th><th scope="col">Export</th><th scope="col">Imported from TMX</th></tr>
          </thead>
          <tbody>
            {pairs.map((pair) => (
              <tr key={`${pair.sourceLanguage} ${pair.targetLanguage}`}>
                <td>{pair.sourceLanguage}</td><td>{pair.targetLanguage}</td><td>{pair.entries}</td><td>{pair.approved}</td>
                <td><a href={`/tm/export?source=${encodeURIComponent(pair.sourceLanguage)}&target=${encodeURIComponent(pair.targetLanguage)}`}>TMX</a></td>
                <td><DeleteImportedForm sourceLanguage={pair.sourceLanguage} targetLanguage={pair.targetLanguage} imported={pair.entries - pair.approved} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p><a href="/tm/export" download>Download the whole memory as TMX</a></p>
      <h2>Import TMX</h2>
      <ImportTmForm />
    </>
  );
}
