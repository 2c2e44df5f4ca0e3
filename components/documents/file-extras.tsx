import type { CatExtras, CatFormat } from "@/lib/formats/cat/read-cat-file";

const FORMAT_NAMES: Record<CatFormat, string> = { "xliff-1.2": "XLIFF 1.2", "xliff-2.0": "XLIFF 2.0", tmx: "TMX", tsv: "TSV", csv: "CSV", jsonl: "JSON lines" };
const REASONS = { "translate-no": 'translate="no"', ignorable: "ignorable" } as const;

/** The imported file's read-only parts: kept in the file and its export, shown here, never edited. */
export function FileExtras({ format, fileName, extras }: { format: CatFormat; fileName: string | null; extras: CatExtras }) {
  const notes = Object.entries(extras.notes);
  const count = notes.length + extras.readOnly.length;
  return (
    <details className="card">
      <summary>
        From the {FORMAT_NAMES[format]} file{fileName ? ` ${fileName}` : ""} (read-only): {extras.readOnly.length} locked or ignorable part
        {extras.readOnly.length === 1 ? "" : "s"}, notes on {notes.length} unit{notes.length === 1 ? "" : "s"}
      </summary>
      {count === 0 && !extras.skeleton && <p className="muted">Nothing besides the units.</p>}
      {extras.skeleton && <p>Skeleton: {extras.skeleton} (kept; the XLIFF export gives the file back with it)</p>}
      {extras.readOnly.length > 0 && (
        <table>
          <caption>Parts that are not translated here</caption>
          <thead>
            <tr><th scope="col">Unit</th><th scope="col">Why</th><th scope="col">Source</th><th scope="col">Target</th></tr>
          </thead>
          <tbody>
            {extras.readOnly.map((part) => (
              <tr key={part.key}>
                <td>{part.key}</td>
                <td>{REASONS[part.reason]}</td>
                <td>{part.source}</td>
                <td>{part.target}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {notes.length > 0 && (
        <table>
          <caption>Notes in the file</caption>
          <thead>
            <tr><th scope="col">Unit</th><th scope="col">Notes</th></tr>
          </thead>
          <tbody>
            {notes.map(([key, texts]) => (
              <tr key={key}>
                <td>{key}</td>
                <td>{texts.join(" · ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
