import { docx } from "./docx";
import { html } from "./html";
import { md } from "./md";
import { mqmTsv } from "./mqm-tsv";
import { tmx } from "./tmx";
import { triplets } from "./triplets";
import { txt } from "./txt";
import type { ExportDocument, ExportOptions } from "./types";
import { xliff } from "./xliff";
import { xliff12 } from "./xliff12";

export type Exporter = {
  /** File name extension, without the dot. */
  extension: string;
  mimeType: string;
  render(doc: ExportDocument, options: ExportOptions): string | Promise<Uint8Array>;
};

export const exporters = {
  txt: { extension: "txt", mimeType: "text/plain; charset=utf-8", render: txt },
  md: { extension: "md", mimeType: "text/markdown; charset=utf-8", render: md },
  html: { extension: "html", mimeType: "text/html; charset=utf-8", render: html },
  docx: { extension: "docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", render: docx },
  xliff: { extension: "xlf", mimeType: "application/xliff+xml", render: xliff },
  xliff12: { extension: "xlf", mimeType: "application/xliff+xml", render: xliff12 },
  tmx: { extension: "tmx", mimeType: "application/x-tmx+xml", render: tmx },
  "mqm-tsv": { extension: "tsv", mimeType: "text/tab-separated-values; charset=utf-8", render: mqmTsv },
  triplets: { extension: "jsonl", mimeType: "application/jsonl; charset=utf-8", render: triplets },
} satisfies Record<string, Exporter>;

export type ExportFormat = keyof typeof exporters;

export const exportFormats = Object.keys(exporters) as ExportFormat[];

export function isExportFormat(value: string): value is ExportFormat {
  return Object.hasOwn(exporters, value);
}

export { articleBlocks, countUnapproved, finalText } from "./final-text";
export type { ExportDocument, ExportOptions, Fill } from "./types";
