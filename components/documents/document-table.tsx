import Link from "next/link";
import type { DocumentSummary } from "@/lib/server/documents/list-documents";
import { LiveProgressBar } from "@/components/live/live-progress-bar";

export function DocumentTable({ documents }: { documents: DocumentSummary[] }) {
  return (
    <table className="list">
      <thead>
        <tr>
          <th scope="col">Title</th>
          <th scope="col">Segments</th>
          <th scope="col">Progress</th>
          <th scope="col">Imported</th>
        </tr>
      </thead>
      <tbody>
        {documents.map((document) => (
          <tr key={document.id}>
            <td><Link href={`/documents/${document.id}`}>{document.title}</Link></td>
            <td className="number">{document.segmentCount}</td>
            <td><LiveProgressBar documentId={document.id} total={document.segmentCount} approved={document.approved} confirmed={document.confirmed} proposed={document.proposed} rejected={document.rejected} /></td>
            <td className="muted">{document.createdAt.toISOString().slice(0, 10)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
