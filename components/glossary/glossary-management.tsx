import type { GlossaryView } from "@/lib/server/glossaries/get-glossary";
import { GlossaryForm } from "./glossary-form";
import { RenameGlossaryForm } from "./rename-glossary-form";

type Props = { glossary: GlossaryView; documents: { id: number; title: string }[] };

/** What reviewers and admins do to a whole glossary: import a file, attach it to a document, rename or delete it. */
export function GlossaryManagement({ glossary, documents }: Props) {
  return (
    <>
      <h2>Attach to a document</h2>
      {documents.length === 0 ? (
        <p>Every {glossary.sourceLanguage} → {glossary.targetLanguage} document already uses this glossary.</p>
      ) : (
        <GlossaryForm glossaryId={glossary.id} intent="attach" submit="Attach">
          <label>
            Document
            <select name="documentId" required>
              {documents.map((document) => <option key={document.id} value={document.id}>{document.title}</option>)}
            </select>
          </label>
        </GlossaryForm>
      )}
      <h2>Import terms</h2>
      <GlossaryForm glossaryId={glossary.id} intent="import" submit="Import">
        <p>
          CSV: source term, preferred target, forbidden targets separated by |, note (a header row is optional). TBX: TBX-Basic or core structure, TBX 2 or 3, without a DOCTYPE. Up to 5 MiB.
          Known source terms take the file&apos;s entry; new ones are added.
        </p>
        <label>
          Glossary file (CSV or TBX)
          <input type="file" name="file" accept=".csv,.tbx,.xml,text/csv,application/xml" required />
        </label>
      </GlossaryForm>
      <details>
        <summary>Rename or delete this glossary</summary>
        <RenameGlossaryForm glossaryId={glossary.id} name={glossary.name} sourceLanguage={glossary.sourceLanguage} targetLanguage={glossary.targetLanguage} />
        <GlossaryForm glossaryId={glossary.id} intent="delete" submit="Delete this glossary and its terms" secondary />
      </details>
    </>
  );
}
