// A document imported from XLIFF exports as that file: approved targets replaced, state final, every other byte kept.
import type { Tx } from "@/lib/db";
import type { InlineCodes } from "@/lib/formats/cat/placeholders";
import { spliceXliff, type ApprovedTarget } from "@/lib/formats/cat/xliff-splice";
import { fileNameFor, type ExportedFile } from "./export-formats";

const XLIFF_MIME = "application/xliff+xml";

/** The imported file with its approved targets, or null when the document did not come from XLIFF of that version. */
export async function originalXliffExport(db: Tx, documentId: number, format: "xliff" | "xliff12"): Promise<ExportedFile | null> {
  const document = await db.document.findUnique({ where: { id: documentId }, select: { title: true, importFormat: true, fileName: true } });
  if (!document) return null;
  const version = document.importFormat;
  // --format xliff gives back the file in its own version; xliff12 asks for 1.2, which a 2.0 file is not.
  if (version !== "xliff-1.2" && version !== "xliff-2.0") return null;
  if (format === "xliff12" && version !== "xliff-1.2") return null;
  // One after the other: the caller's snapshot transaction has one connection.
  const { originalBytes } = await db.document.findUniqueOrThrow({ where: { id: documentId }, select: { originalBytes: true } });
  const segments = await db.segment.findMany({
    where: { documentId, approvedProposalId: { not: null }, unitId: { not: null } },
    select: { unitId: true, inlineCodes: true, approvedProposal: { select: { text: true } } },
  });
  const unapproved = await db.segment.count({ where: { documentId, approvedProposalId: null } });
  const approved = new Map<string, ApprovedTarget>();
  for (const segment of segments) {
    approved.set(segment.unitId!, { text: segment.approvedProposal!.text, codes: (segment.inlineCodes ?? {}) as InlineCodes });
  }
  // ignoreBOM keeps a byte order mark in the string, so the file comes back with it.
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(originalBytes);
  const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
  const body = bom + spliceXliff(text.slice(bom.length), approved);
  const extension = document.fileName && /\.(xlf|xliff|sdlxliff|mqxliff)$/i.test(document.fileName) ? document.fileName.split(".").pop()! : "xlf";
  return { fileName: fileNameFor(document.title, extension), mimeType: XLIFF_MIME, body, unapproved };
}
