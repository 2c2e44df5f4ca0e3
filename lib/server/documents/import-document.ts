import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { decodeText } from "@/lib/formats/text-input";
import { segmentTextAsync } from "@/lib/segment/segment-async";
import { importDocumentSchema, type ImportDocumentInput } from "@/lib/validations/document";
import { recordAudit } from "@/lib/server/audit";
import { requirePermission, type Actor } from "@/lib/server/auth/permissions";
import { importTransactionTimeoutMs, insertBlocksAndSegments } from "./insert-segments";

export type ImportDocumentOptions = {
  actor: Actor | null;
  bytes: Uint8Array;
  fileName?: string;
  input: Partial<ImportDocumentInput> & { title: string };
};

/** Stores document, blocks and segments in one transaction with bulk inserts; nothing is stored when anything fails. */
export async function importDocument({ actor, bytes, fileName, input }: ImportDocumentOptions) {
  const actorId = requirePermission(actor, "document.import").id;
  const parsed = importDocumentSchema.safeParse(input);
  if (!parsed.success) throw new AppError("bad_input", parsed.error.issues[0]?.message ?? "The import form is not valid.");
  const meta = parsed.data;
  const decoded = decodeText(bytes);
  const segmented = await segmentTextAsync(decoded.text, { language: meta.targetLanguage.slice(0, 2), format: meta.format });
  const segmentCount = segmented.blocks.reduce((sum, block) => sum + block.segments.length, 0);
  if (segmentCount === 0) throw new AppError("bad_input", "No sentences were found in the text.");

  return getDb().$transaction(
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
        select: { id: true, title: true },
      });
      const { blockCount } = await insertBlocksAndSegments(tx, document.id, decoded.text, segmented.blocks);
      await recordAudit(tx, {
        actorId,
        action: "document.import",
        entityType: "Document",
        entityId: document.id,
        documentId: document.id,
        after: { title: document.title, blocks: blockCount, segments: segmentCount, bytes: bytes.byteLength },
      });
      return { id: document.id, title: document.title, segmentCount, blockCount };
    },
    { timeout: importTransactionTimeoutMs(segmented.blocks, segmentCount), maxWait: 10_000 },
  );
}
