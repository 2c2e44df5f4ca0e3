import { exportFormats } from "@/lib/formats";

// The backup is no view of the article but the document's whole state, so it is read by its own loader.
export const EXPORT_FORMATS = [...exportFormats, "backup"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportedFile = { fileName: string; mimeType: string; body: string | Uint8Array; unapproved: number };

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

export function fileNameFor(title: string, extension: string) {
  // Letters of any script stay (a Russian title keeps its name); accents are dropped, punctuation becomes nothing.
  const base = title.normalize("NFKD").replace(/\p{M}/gu, "").replace(/[^\p{L}\p{N}\s_-]/gu, "").trim().replace(/\s+/g, "-").toLowerCase().slice(0, 80) || "document";
  return `${base}.${extension}`;
}
