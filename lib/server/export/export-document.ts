import { getDb } from "@/lib/db";
import { countUnapproved, exporters, exportFormats, type Fill } from "@/lib/formats";
import { encodeText } from "@/lib/formats/text-input";
import { exportBackup } from "@/lib/server/backup/export-backup";
import { loadExportDocument } from "./load-export-document";

// The backup is no view of the article but the document's whole state, so it is read by its own loader.
export const EXPORT_FORMATS = [...exportFormats, "backup"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportedFile = { fileName: string; mimeType: string; body: string | Uint8Array; unapproved: number };

export function fileNameFor(title: string, extension: string) {
  // Letters of any script stay (a Russian title keeps its name); accents are dropped, punctuation becomes nothing.
  const base = title.normalize("NFKD").replace(/\p{M}/gu, "").replace(/[^\p{L}\p{N}\s_-]/gu, "").trim().replace(/\s+/g, "-").toLowerCase().slice(0, 80) || "document";
  return `${base}.${extension}`;
}

export async function exportDocument({ documentId, format, fill = "mt" }: { documentId: number; format: ExportFormat; fill?: Fill }): Promise<ExportedFile> {
  if (format === "backup") return backupFile(documentId);
  const document = await loadExportDocument(documentId);
  const exporter = exporters[format];
  const rendered = await exporter.render(document, { fill });
  // The imported file's BOM and CRLF line ends come back only in the plain-text article, so an untouched export is byte-identical.
  const body = format === "txt" ? encodeText(rendered as string, document) : rendered;
  return { fileName: fileNameFor(document.title, exporter.extension), mimeType: exporter.mimeType, body, unapproved: countUnapproved(document) };
}

async function backupFile(documentId: number): Promise<ExportedFile> {
  const body = await exportBackup({ documentId });
  const db = getDb();
  const [document, unapproved] = await Promise.all([
    db.document.findUniqueOrThrow({ where: { id: documentId }, select: { title: true } }),
    db.segment.count({ where: { documentId, approvedProposalId: null } }),
  ]);
  return { fileName: fileNameFor(document.title, "verso.json"), mimeType: "application/json", body, unapproved };
}
