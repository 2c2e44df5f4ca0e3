import { z } from "zod";
import { alignSegmentedTextsSteps } from "@/lib/align";
import { AppError, isAppError } from "@/lib/errors";
import { CAT_FORMATS, detectFormat, isVersoBackup } from "@/lib/formats/detect-format";
import { HTML_PAGE_MESSAGE, isHtmlPage } from "@/lib/formats/html-page";
import { decodeText, type DecodedText } from "@/lib/formats/text-input";
import { segmentTextAsync } from "@/lib/segment/segment-async";
import { runStepsCooperatively } from "@/lib/segment/steps";
import type { SegmentedText } from "@/lib/segment";
import { importDocumentSchema, type ImportDocumentInput } from "@/lib/validations/document";
import { recordAudit } from "@/lib/server/audit";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { alignedBlocks, type StoredBlockSpan } from "./aligned-blocks";
import { importCatFile } from "./import-cat-file";
import { importTransactionTimeoutMs, insertBlocksAndSegments, preferFastCompression } from "./insert-segments";

const bytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, { message: "Choose a file or paste text." });
const fileNameSchema = z.string().max(255, "That file name is too long.").optional();

const importInputSchema = z.object({
  bytes: bytesSchema,
  fileName: fileNameSchema,
  /** The source the MT was translated from: the document becomes bilingual, one segment per alignment group. */
  source: z.object({ bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, { message: "Choose a source file." }), fileName: fileNameSchema }).optional(),
  input: importDocumentSchema,
});

const ALIGN_SLICE_MS = 10;

type Source = { decoded: DecodedText; bytes: Uint8Array; fileName: string | null };

/**
 * Segments (and aligns) outside the transaction, yielding to other requests as it goes, then stores document,
 * blocks and segments in one transaction with bulk inserts; nothing is stored when anything fails. A file from a CAT
 * tool (XLIFF, TMX, TSV, CSV, JSON lines), known by its content, keeps its own units as segments.
 */
export const importDocument = defineUseCase(
  { name: "importDocument", permission: "document.import", input: importInputSchema, mode: "staged" },
  async ({ actor, input: { bytes, fileName, source: sourceFile, input: meta }, transaction }) => {
    const decoded = decodeText(bytes);
    if (isHtmlPage(decoded.text, fileName)) throw new AppError("bad_input", HTML_PAGE_MESSAGE);
    if (isVersoBackup(decoded.text)) {
      throw new AppError("bad_input", "This file is a Verso backup: restore it with `import-backup FILE` (or upload it on the import page) rather than import it as text.");
    }
    const format = detectFormat(decoded.text, fileName);
    if (CAT_FORMATS.has(format)) {
      if (sourceFile) throw new AppError("bad_input", "This file carries its own source text; import it without a separate source file.");
      return importCatFile(actor, transaction, { bytes, fileName: fileName ?? null, decoded, format, meta });
    }
    const source: Source | null = sourceFile ? { decoded: decodeSource(sourceFile.bytes), bytes: sourceFile.bytes, fileName: sourceFile.fileName ?? null } : null;
    if (source && isHtmlPage(source.decoded.text, source.fileName)) throw new AppError("bad_input", `Source: ${HTML_PAGE_MESSAGE}`);
    const segmented = await segmentTextAsync(decoded.text, { language: meta.targetLanguage, format: meta.format });
    if (countSegments(segmented.blocks) === 0) throw new AppError("bad_input", "No sentences were found in the text.");
    const blocks = source ? await alignWithSource(decoded.text, segmented, source.decoded.text, meta) : segmented.blocks;
    const segmentCount = countSegments(blocks);

    return transaction(
      async (tx) => {
        await preferFastCompression(tx);
        const typology = await tx.typology.findFirst({ orderBy: { id: "asc" }, select: { id: true } });
        const document = await tx.document.create({
          data: {
            title: meta.title,
            sourceLanguage: meta.sourceLanguage,
            targetLanguage: meta.targetLanguage,
            provenance: meta.provenance || null,
            fileName: fileName ?? null,
            originalBytes: new Uint8Array(bytes),
            text: decoded.text,
            sourceText: source?.decoded.text ?? null,
            sourceBytes: source ? new Uint8Array(source.bytes) : null,
            sourceFileName: source?.fileName ?? null,
            crlf: decoded.crlf,
            cr: decoded.cr,
            bom: decoded.bom,
            segmentCount,
            typologyId: typology?.id ?? null,
            createdById: actor.id,
          },
          select: { id: true, title: true },
        });
        const { blockCount } = await insertBlocksAndSegments(tx, document.id, decoded.text, blocks);
        await recordAudit(tx, {
          actorId: actor.id,
          action: "document.import",
          entityType: "Document",
          entityId: document.id,
          documentId: document.id,
          after: {
            title: document.title,
            blocks: blockCount,
            segments: segmentCount,
            bytes: bytes.byteLength,
            ...(source && { sourceBytes: source.bytes.byteLength, sourceLanguage: meta.sourceLanguage, targetLanguage: meta.targetLanguage }),
          },
        });
        return { id: document.id, title: document.title, segmentCount, blockCount };
      },
      { timeout: importTransactionTimeoutMs(blocks, segmentCount) },
    );
  },
);

/** The source is checked like the MT, and its messages say that it is the source that is wrong. */
function decodeSource(bytes: Uint8Array): DecodedText {
  try {
    return decodeText(bytes);
  } catch (error) {
    if (!isAppError(error)) throw error;
    throw new AppError(error.code, `Source: ${error.message.replace(/^The (file|text)/, "the source $1")}`);
  }
}

async function alignWithSource(targetText: string, target: SegmentedText, sourceText: string, meta: ImportDocumentInput): Promise<StoredBlockSpan[]> {
  const source = await segmentTextAsync(sourceText, { language: meta.sourceLanguage, format: meta.format });
  if (countSegments(source.blocks) === 0) throw new AppError("bad_input", "Source: no sentences were found in the source text.");
  // Aligning a few thousand sentences takes long enough that other requests must be served between its slices.
  const groups = await runStepsCooperatively(alignSegmentedTextsSteps(source, target), ALIGN_SLICE_MS);
  return alignedBlocks(targetText, target, sourceText, groups);
}

function countSegments(blocks: readonly { segments: readonly unknown[] }[]): number {
  return blocks.reduce((sum, block) => sum + block.segments.length, 0);
}
