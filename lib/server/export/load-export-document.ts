import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ExportAnnotation, ExportBlock, ExportDocument, ExportSegment } from "@/lib/formats/types";
import { segmentPages } from "@/lib/server/segments/in-pages";

/** Reads a document for export page by page (segments in order, with their texts and flags), never all rows with all relations at once. */
export async function loadExportDocument(db: Tx, documentId: number): Promise<ExportDocument & { text: string; crlf: boolean; bom: boolean }> {
  const document = await db.document.findUnique({
    where: { id: documentId },
    select: { id: true, title: true, sourceLanguage: true, targetLanguage: true, provenance: true, text: true, crlf: true, bom: true },
  });
  if (!document) throw new AppError("not_found", `There is no document ${documentId}.`);
  const blockRows = await db.block.findMany({ where: { documentId }, orderBy: { order: "asc" } });
  const blocks: ExportBlock[] = blockRows.map((block) => ({ kind: block.kind, start: block.start, end: block.end, text: block.text, separator: block.separator, segments: [] }));
  const blockIndex = new Map(blockRows.map((block, index) => [block.id, index]));

  const pages = segmentPages((afterOrder, take) =>
    db.segment.findMany({
      where: { documentId, order: { gt: afterOrder } },
      orderBy: { order: "asc" },
      take,
      select: {
        id: true,
        order: true,
        blockId: true,
        start: true,
        end: true,
        mtText: true,
        status: true,
        approvedProposal: { select: { text: true } },
        currentProposal: { select: { text: true } },
        annotations: {
          orderBy: { start: "asc" },
          select: { id: true, start: true, end: true, category: true, subcategory: true, severity: true, note: true, state: true, author: { select: { name: true, email: true } } },
        },
      },
    }),
  );
  for await (const page of pages) {
    for (const row of page) {
      const annotations: ExportAnnotation[] = row.annotations.map(({ author, ...annotation }) => ({ ...annotation, author: author.email }));
      const segment: ExportSegment = {
        id: row.id,
        order: row.order,
        start: row.start,
        end: row.end,
        mt: row.mtText,
        source: null,
        approved: row.approvedProposal?.text ?? null,
        latest: row.currentProposal?.text ?? null,
        status: row.status,
        annotations,
      };
      blocks[blockIndex.get(row.blockId)!].segments.push(segment);
    }
  }
  const leading = document.text.slice(0, blockRows[0]?.start ?? document.text.length);
  return { ...document, leading, blocks };
}
