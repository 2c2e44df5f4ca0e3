import { z } from "zod";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { countUnapproved, exporters, type Fill } from "@/lib/formats";
import { encodeText } from "@/lib/formats/text-input";
import { readBackupJson } from "@/lib/server/backup/export-backup";
import { defineUseCase, type UseCaseContext } from "@/lib/server/kernel/define-use-case";
import { idSchema } from "@/lib/validations/common";
import { fileNameFor, isExportFormat, type ExportedFile, type ExportFormat } from "./export-formats";
import { loadExportDocument } from "./load-export-document";
import { originalHtmlExport } from "./original-html";
import { originalXliffExport } from "./original-xliff";
import type { Raters } from "./rater-names";

export { EXPORT_FORMATS, fileNameFor, type ExportedFile, type ExportFormat } from "./export-formats";

const exportSchema = z.object({
  documentId: idSchema("document"),
  format: z.string().max(40),
  fill: z.string().default("mt").pipe(z.enum(["mt", "latest"], { message: 'Fill an unapproved segment with "mt" or "latest".' })),
  raters: z.string().default("emails").pipe(z.enum(["emails", "anonymous"], { message: 'Name raters by "emails" or "anonymous" pseudonyms.' })),
  markUnapproved: z.boolean().default(false),
});

/** A document as a file, for a person allowed to export; the web download and the CLI share this use case. */
export const exportDocument = defineUseCase(
  { name: "exportDocument", permission: "document.export", input: exportSchema, mode: "staged" },
  async ({ input: { documentId, format, ...options }, db, transaction }) => {
    if (!isExportFormat(format)) throw new AppError("not_found", `There is no export format "${format}".`);
    if (format === "backup") return backupFile(db, transaction, documentId);
    // One snapshot for every read: a document of thousands of sentences is read in pages while others keep saving.
    const snapshot = <T>(read: (tx: Tx) => Promise<T>) => transaction(read, { isolationLevel: "RepeatableRead", timeout: EXPORT_READ_TIMEOUT });
    if (format === "xliff" || format === "xliff12") {
      const original = await snapshot((tx) => originalXliffExport(tx, documentId, format));
      if (original) return original;
    }
    if (format === "html") {
      const original = await snapshot((tx) => originalHtmlExport(tx, documentId, options));
      if (original) return original;
    }
    return renderExport(snapshot, documentId, format, options);
  },
);

const EXPORT_READ_TIMEOUT = 120_000;
const ARTICLE_FORMATS: ReadonlySet<ExportFormat> = new Set(["txt", "md", "html", "docx"]);

type RenderOptions = { fill: Fill; raters: Raters; markUnapproved: boolean };

type Snapshot = <T>(read: (tx: Tx) => Promise<T>) => Promise<T>;

async function renderExport(snapshot: Snapshot, documentId: number, format: Exclude<ExportFormat, "backup">, { fill, raters, markUnapproved }: RenderOptions): Promise<ExportedFile> {
  const document = await snapshot((tx) => loadExportDocument(tx, documentId, { raters, reviews: !ARTICLE_FORMATS.has(format) }));
  const exporter = exporters[format];
  const rendered = await exporter.render(document, { fill, markUnapproved });
  // The imported file's BOM and CRLF or CR line ends come back only in the plain-text article, so an untouched export is byte-identical.
  const body = format === "txt" ? encodeText(rendered as string, document) : rendered;
  return { fileName: fileNameFor(document.title, exporter.extension), mimeType: exporter.mimeType, body, unapproved: countUnapproved(document) };
}

async function backupFile(db: Tx, transaction: UseCaseContext<unknown>["transaction"], documentId: number): Promise<ExportedFile> {
  const body = await readBackupJson(transaction, documentId);
  const [document, unapproved] = await Promise.all([
    db.document.findUniqueOrThrow({ where: { id: documentId }, select: { title: true } }),
    db.segment.count({ where: { documentId, approvedProposalId: null } }),
  ]);
  return { fileName: fileNameFor(document.title, "verso.json"), mimeType: "application/json", body, unapproved };
}
