import { countUnapproved, exporters, exportFormats, type ExportFormat, type Fill } from "@/lib/formats";
import { encodeText } from "@/lib/formats/text-input";
import { loadExportDocument } from "./load-export-document";

export const EXPORT_FORMATS = exportFormats;
export type { ExportFormat };

export type ExportedFile = { fileName: string; mimeType: string; body: string | Uint8Array; unapproved: number };

export function fileNameFor(title: string, extension: string) {
  const base = title.normalize("NFKD").replace(/[^\w\s-]/g, "").trim().replace(/\s+/g, "-").toLowerCase().slice(0, 80) || "document";
  return `${base}.${extension}`;
}

export async function exportDocument({ documentId, format, fill = "mt" }: { documentId: number; format: ExportFormat; fill?: Fill }): Promise<ExportedFile> {
  const document = await loadExportDocument(documentId);
  const exporter = exporters[format];
  const rendered = await exporter.render(document, { fill });
  // The imported file's BOM and CRLF line ends come back only in the plain-text article, so an untouched export is byte-identical.
  const body = format === "txt" ? encodeText(rendered as string, document) : rendered;
  return { fileName: fileNameFor(document.title, exporter.extension), mimeType: exporter.mimeType, body, unapproved: countUnapproved(document) };
}
