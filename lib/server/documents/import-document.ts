import { countWords } from "@/lib/metrics/mqm";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { decodeText } from "@/lib/formats/text-input";
import { segmentText } from "@/lib/segment";
import { importDocumentSchema, type ImportDocumentInput } from "@/lib/validations/document";
import { recordAudit } from "@/lib/server/audit";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";

const INSERT_CHUNK = 2_000;

const importInputSchema = z.object({
  bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, { message: "Choose a file or paste text." }),
  fileName: z.string().max(255, "That file name is too long.").optional(),
  input: importDocumentSchema,
});


/** Stores document, blocks and segments in one transaction with bulk inserts; nothing is stored when anything fails. */
export const importDocument = defineUseCase(
  { name: "importDocument", permission: "document.import", input: importInputSchema, mode: "staged" },
  async ({ actor, input: { bytes, fileName, input: meta }, transaction }) => {
  const actorId = actor.id;
  const decoded = decodeText(bytes);
  const segmented = segmentText(decoded.text, { language: meta.targetLanguage.slice(0, 2), format: meta.format });
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
          bom: decoded.bom,
          segmentCount,
          typologyId: typology?.id ?? null,
          createdById: actorId,
        },
      });
      const blocks = await tx.block.createManyAndReturn({
        data: segmented.blocks.map((block, order) => ({
          documentId: document.id,
          order,
          kind: block.kind,
          start: block.start,
          end: block.end,
          text: decoded.text.slice(block.start, block.end),
          separator: block.separator,
        })),
        select: { id: true, order: true },
      });
      const blockIds = new Map(blocks.map((block) => [block.order, block.id]));
      const rows = segmented.blocks.flatMap((block, blockOrder) =>
        block.segments.map((segment) => ({ documentId: document.id, blockId: blockIds.get(blockOrder)!, start: segment.start, end: segment.end, mtText: segment.text, mtWords: countWords(segment.text) })),
      );
      for (let from = 0; from < rows.length; from += INSERT_CHUNK) {
        await tx.segment.createMany({ data: rows.slice(from, from + INSERT_CHUNK).map((row, i) => ({ ...row, order: from + i + 1 })) });
      }
      await recordAudit(tx, {
        actorId,
        action: "document.import",
        entityType: "Document",
        entityId: document.id,
        documentId: document.id,
        after: { title: document.title, blocks: blocks.length, segments: segmentCount, bytes: bytes.byteLength },
      });
      return { id: document.id, title: document.title, segmentCount, blockCount: blocks.length };
    },
    { timeout: 120_000 },
  );
  },
);
