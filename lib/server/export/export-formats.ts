import { exportFormats } from "@/lib/formats";

// The backup is no view of the article but the document's whole state, so it is read by its own loader.
export const EXPORT_FORMATS = [...exportFormats, "backup"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportedFile = { fileName: string; mimeType: string; body: string | Uint8Array; unapproved: number };

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

export function fileNameFor(title: string, extension: string) {
  // Letters of any script stay with their marks, composed (NFC: "й" stays "й", never "и"); punctuation becomes nothing.
  const slug = title.normalize("NFC").replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, "").trim().replace(/\s+/g, "-").toLowerCase().normalize("NFC");
  // Cut by graphemes, so no letter loses its marks or half of a surrogate pair.
  const graphemes = [...new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(slug)].map((part) => part.segment);
  const base = graphemes.slice(0, 80).join("") || "document";
  return `${base}.${extension}`;
}
