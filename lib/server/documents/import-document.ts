import { z } from "zod";
import { alignSegmentedTextsSteps } from "@/lib/align";
import { AppError, isAppError } from "@/lib/errors";
import { CAT_FORMATS, detectFormat, isVersoBackup } from "@/lib/formats/detect-format";
import { decodeText, type DecodedText } from "@/lib/formats/text-input";
import { runStepsCooperatively } from "@/lib/segment/steps";
import { importDocumentSchema, type ImportDocumentInput } from "@/lib/validations/document";
import { recordAudit } from "@/lib/server/audit";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { alignedBlocks, type StoredBlockSpan } from "./aligned-blocks";
import { importCatFile } from "./import-cat-file";
import { readArticle, withInlineCodes, type Article } from "./read-article";
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
    if (isVersoBackup(decoded.text)) {
      throw new AppError("bad_input", "This file is a Verso backup: restore it with `import-backup FILE` (or upload it on the import page) rather than import it as text.");
    }
    const format = detectFormat(decoded.text, fileName);
    if (CAT_FORMATS.has(format)) {
      if (sourceFile) throw new AppError("bad_input", "This file carries its own source text; import it without a separate source file.");
      return importCatFile(actor, transaction, { bytes, fileName: fileName ?? null, decoded, format, meta });
    }
    const source: Source | null = sourceFile ? { decoded: decodeSource(sourceFile.bytes), bytes: sourceFile.bytes, fileName: sourceFile.fileName ?? null } : null;
    const target = await readArticle(decoded.text, format, meta.targetLanguage, meta.format);
    if (countSegments(target.segmented.blocks) === 0) throw new AppError("bad_input", "No sentences were found in the text.");
    const sourceArticle = source ? await readSource(source, meta) : null;
    const aligned = sourceArticle ? await alignWithSource(target, sourceArticle) : target.segmented.blocks;
    const blocks = target.runs ? withInlineCodes(aligned, target.runs) : aligned;
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
            text: target.text,
            sourceText: sourceArticle?.text ?? null,
            importFormat: target.runs ? "html" : null,
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
        const { blockCount } = await insertBlocksAndSegments(tx, document.id, target.text, blocks);
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

/** The source as an article of its own kind: an HTML source is read to its runs as an HTML MT is. */
async function readSource(source: Source, meta: ImportDocumentInput): Promise<Article> {
  const format = detectFormat(source.decoded.text, source.fileName);
  if (CAT_FORMATS.has(format)) throw new AppError("bad_input", "Source: this is a bilingual file from a CAT tool; import it on its own, without a separate MT file.");
  const article = await readArticle(source.decoded.text, format, meta.sourceLanguage, meta.format);
  if (countSegments(article.segmented.blocks) === 0) throw new AppError("bad_input", "Source: no sentences were found in the source text.");
  return article;
}

async function alignWithSource(target: Article, source: Article): Promise<StoredBlockSpan[]> {
  // Aligning a few thousand sentences takes long enough that other requests must be served between its slices.
  const groups = await runStepsCooperatively(alignSegmentedTextsSteps(source.segmented, target.segmented), ALIGN_SLICE_MS);
  return alignedBlocks(target.text, target.segmented, source.text, groups);
}

function countSegments(blocks: readonly { segments: readonly unknown[] }[]): number {
  return blocks.reduce((sum, block) => sum + block.segments.length, 0);
}
