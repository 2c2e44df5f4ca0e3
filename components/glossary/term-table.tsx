import type { TermRow } from "@/lib/server/glossaries/glossary-rows";
import { DeleteTermButton, TermForm } from "./term-form";

type Props = { glossaryId: number; terms: TermRow[]; manage: boolean };

/** The terms, each editable in place by those who manage glossaries; editors read them. */
export function TermTable({ glossaryId, terms, manage }: Props) {
  return (
    <>
      {terms.length === 0 ? (
        <p>No terms yet.</p>
      ) : (
        <table className="list">
          <thead>
            <tr>
              <th scope="col">Source term</th>
              <th scope="col">Preferred target</th>
              <th scope="col">Forbidden targets</th>
              <th scope="col">Note</th>
              {manage && <th scope="col">Change</th>}
            </tr>
          </thead>
          <tbody>
            {terms.map((term) => (
              <tr key={term.id}>
                <td>{term.source}</td>
                <td>{term.preferred}</td>
                <td>{term.forbidden.join(", ")}</td>
                <td>{term.note}</td>
                {manage && (
                  <td>
                    <details>
                      <summary>Edit<span className="visually-hidden"> {term.source}</span></summary>
                      <TermForm key={term.id} glossaryId={glossaryId} term={term} />
                    </details>
                    <DeleteTermButton glossaryId={glossaryId} term={term} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {manage && (
        <>
          <h2>Add a term</h2>
          <div className="card"><TermForm glossaryId={glossaryId} /></div>
        </>
      )}
    </>
  );
}
