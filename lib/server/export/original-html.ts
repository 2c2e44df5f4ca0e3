// A document imported from an HTML page exports as that page, its changed sentences written in (lib/formats/html-import).
import type { Tx } from "@/lib/db";
import { countUnapproved, exporters, type Fill } from "@/lib/formats";
import { htmlRunsSteps } from "@/lib/formats/html-import/html-runs";
import { runsMatch, spliceHtml } from "@/lib/formats/html-import/splice-html";
import { getLogger } from "@/lib/log";
import { decodeText, encodeText } from "@/lib/formats/text-input";
import { SLICE_MS } from "@/lib/segment/segment-async";
import { runStepsCooperatively } from "@/lib/segment/steps";
import { fileNameFor, type ExportedFile } from "./export-formats";
import { loadExportDocument } from "./load-export-document";

/**
 * The imported page with the document's final texts, or null when the document did not come from HTML, or when the
 * reader now reads its page into other blocks (imported before a fix of the reader): that one exports as a generated page.
 */
export async function originalHtmlExport(db: Tx, documentId: number, options: { fill: Fill; markUnapproved: boolean }): Promise<ExportedFile | null> {
  // The original bytes (up to 5 MiB) are read only for a document that came from HTML, not for every HTML export.
  const found = await db.document.findUnique({ where: { id: documentId }, select: { importFormat: true, fileName: true } });
  if (found?.importFormat !== "html") return null;
  const { originalBytes } = await db.document.findUniqueOrThrow({ where: { id: documentId }, select: { originalBytes: true } });
  const document = await loadExportDocument(db, documentId, { reviews: false });
  // Decoded as at import, so the runs read from it are those the blocks were made of; encoded back with its BOM and line ends.
  const page = decodeText(originalBytes).text;
  const runs = await runStepsCooperatively(htmlRunsSteps(page), SLICE_MS);
  if (!runsMatch(runs, document)) {
    getLogger().warn({ documentId }, "The HTML page now reads into other blocks than the document's; exporting a generated page");
    return null;
  }
  const body = encodeText(spliceHtml(page, runs, document, options), document);
  const extension = found.fileName && /\.(html?|xhtml)$/i.test(found.fileName) ? found.fileName.split(".").pop()!.toLowerCase() : "html";
  return { fileName: fileNameFor(document.title, extension), mimeType: exporters.html.mimeType, body, unapproved: countUnapproved(document) };
}
