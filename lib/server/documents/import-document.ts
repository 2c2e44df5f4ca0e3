import { z } from "zod";
import { AppError } from "@/lib/errors";
import { decodeText } from "@/lib/formats/text-input";
import { segmentTextAsync } from "@/lib/segment/segment-async";
import { importDocumentSchema } from "@/lib/validations/document";
import { recordAudit } from "@/lib/server/audit";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { importTransactionTimeoutMs, insertBlocksAndSegments } from "./insert-segments";

const importInputSchema = z.object({
  bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, { message: "Choose a file or paste text." }),
  fileName: z.string().max(255, "That file name is too long.").optional(),
  input: importDocumentSchema,
});

/**
 * Segments outside the transaction (yielding to other requests as it goes), then stores document, blocks and
 * segments in one transaction with bulk inserts; nothing is stored when anything fails.
 */
export const importDocument = defineUseCase(
  { name: "importDocument", permission: "document.import", input: importInputSchema, mode: "staged" },
  async ({ actor, input: { bytes, fileName, input: meta }, transaction }) => {
    const decoded = decodeText(bytes);
    const segmented = await segmentTextAsync(decoded.text, { language: meta.targetLanguage.slice(0, 2), format: meta.format });
    const segmentCount = segmented.blocks.reduce((sum, block) => sum + block.segments.length, 0);
    if (segmentCount === 0) throw new AppError("bad_input", "No sentences were found in the text.");

    return transaction(
      async (tx) => {
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
            crlf: decoded.crlf,
            cr: decoded.cr,
            bom: decoded.bom,
            segmentCount,
            typologyId: typology?.id ?? null,
            createdById: actor.id,
          },
          select: { id: true, title: true },
        });
        const { blockCount } = await insertBlocksAndSegments(tx, document.id, decoded.text, segmented.blocks);
        await recordAudit(tx, {
          actorId: actor.id,
          action: "document.import",
          entityType: "Document",
          entityId: document.id,
          documentId: document.id,
          after: { title: document.title, blocks: blockCount, segments: segmentCount, bytes: bytes.byteLength },
        });
        return { id: document.id, title: document.title, segmentCount, blockCount };
      },
      { timeout: importTransactionTimeoutMs(segmented.blocks, segmentCount) },
    );
  },
);
