import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ExportAnnotation, ExportBlock, ExportDocument, ExportSegment } from "@/lib/formats/types";
import { segmentPages } from "@/lib/server/segments/in-pages";
import { loadDocumentComments, loadSegmentComments } from "./load-export-comments";
import { raterName, type Raters } from "./rater-names";

const PERSON = { select: { id: true, email: true } } as const;

export type LoadedExportDocument = ExportDocument & { text: string; crlf: boolean; cr: boolean; bom: boolean };

/** Reads a document for export page by page (segments in order, with their texts and flags), never all rows with all relations at once. */
export async function loadExportDocument(
  db: Tx,
  documentId: number,
  { raters = "emails", reviews: withReviews = true }: { raters?: Raters; reviews?: boolean } = {},
): Promise<LoadedExportDocument> {
  const found = await db.document.findUnique({
    where: { id: documentId },
    select: { id: true, title: true, sourceLanguage: true, targetLanguage: true, provenance: true, text: true, crlf: true, cr: true, bom: true, createdAt: true },
  });
  if (!found) throw new AppError("not_found", `There is no document ${documentId}.`);
  // Only whether a source exists matters here, so the source text itself is not read.
  const bilingual = (await db.document.count({ where: { id: documentId, sourceText: { not: null } } })) > 0;
  const blockRows = await db.block.findMany({ where: { documentId }, orderBy: { order: "asc" } });
  const blocks: ExportBlock[] = blockRows.map((block) => ({ kind: block.kind, start: block.start, end: block.end, text: block.text, separator: block.separator, segments: [] }));
  const blockIndex = new Map(blockRows.map((block, index) => [block.id, index]));
  const name = (person: { id: string; email: string }) => raterName(person, raters);

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
        sourceText: true,
        status: true,
        approvedProposal: { select: { text: true, createdAt: true, author: PERSON } },
        currentProposal: { select: { text: true, state: true, createdAt: true, author: PERSON } },
        annotations: {
          orderBy: { start: "asc" },
          select: { id: true, start: true, end: true, category: true, subcategory: true, severity: true, note: true, state: true, createdAt: true, author: PERSON },
        },
      },
    }),
  );
  for await (const page of pages) {
    // The article formats never show who reviewed what, so they skip a query per page.
    const reviews = withReviews ? await latestReviews(db, page.map((row) => row.id)) : new Map<number, Review>();
    const comments = withReviews ? await loadSegmentComments(db, page.map((row) => row.id), raters) : new Map();
    for (const row of page) {
      const annotations: ExportAnnotation[] = row.annotations.map(({ author, ...annotation }) => ({ ...annotation, author: name(author) }));
      // Only an open proposal is a candidate text: a rejected or superseded one was turned down or replaced.
      const open = row.currentProposal?.state === "open" ? row.currentProposal : null;
      const review = reviews.get(row.id) ?? null;
      const written = row.approvedProposal ?? open;
      const times = [found.createdAt, row.currentProposal?.createdAt, row.approvedProposal?.createdAt, review?.createdAt].filter((t): t is Date => t !== undefined);
      const segment: ExportSegment = {
        id: row.id,
        order: row.order,
        start: row.start,
        end: row.end,
        mt: row.mtText,
        source: bilingual ? row.sourceText : null,
        approved: row.approvedProposal?.text ?? null,
        latest: open?.text ?? null,
        status: row.status,
        annotations,
        createdAt: found.createdAt,
        changedAt: new Date(Math.max(...times.map((t) => t.getTime()))),
        editor: written ? name(written.author) : null,
        reviewer: review ? name(review.reviewer) : null,
        reviewedAt: review?.createdAt ?? null,
        ...(comments.has(row.id) && { comments: comments.get(row.id) }),
      };
      blocks[blockIndex.get(row.blockId)!].segments.push(segment);
    }
  }
  const leading = found.text.slice(0, blockRows[0]?.start ?? found.text.length);
  const comments = withReviews ? await loadDocumentComments(db, documentId, raters) : [];
  return { ...found, bilingual, leading, blocks, ...(comments.length > 0 && { comments }) };
}

type Review = { createdAt: Date; reviewer: { id: string; email: string } };

/** Each segment's latest review decision (approve or reject), with its reviewer. */
async function latestReviews(db: Tx, segmentIds: number[]): Promise<Map<number, Review>> {
  const rows = await db.review.findMany({
    where: { proposal: { segmentId: { in: segmentIds } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { createdAt: true, reviewer: PERSON, proposal: { select: { segmentId: true } } },
  });
  const latest = new Map<number, Review>();
  for (const row of rows) if (!latest.has(row.proposal.segmentId)) latest.set(row.proposal.segmentId, row);
  return latest;
}
