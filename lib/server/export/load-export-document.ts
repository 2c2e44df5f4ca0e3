import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { InlineCodes } from "@/lib/formats/cat/placeholders";
import { isMarkdownFileName } from "@/lib/formats/markdown-breaks";
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
    select: { id: true, title: true, sourceLanguage: true, targetLanguage: true, provenance: true, fileName: true, text: true, crlf: true, cr: true, bom: true, createdAt: true, importFormat: true },
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
      select: { id: true, order: true, blockId: true, start: true, end: true, mtText: true, sourceText: true, status: true, approvedProposalId: true, currentProposalId: true, inlineCodes: true },
    }),
  );
  for await (const rows of pages) {
    const page = await withRelations(db, rows);
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
        ...(row.inlineCodes !== null && { inlineCodes: row.inlineCodes as InlineCodes }),
      };
      blocks[blockIndex.get(row.blockId)!].segments.push(segment);
    }
  }
  const leading = found.text.slice(0, blockRows[0]?.start ?? found.text.length);
  const comments = withReviews ? await loadDocumentComments(db, documentId, raters) : [];
  const { importFormat, fileName, ...document } = found;
  // Every import that is not plain text or Markdown (HTML, CAT files) may hold placeholders; Markdown is known by its name, as import knows it.
  const markdown = importFormat === null && isMarkdownFileName(fileName);
  return { ...document, inlineCodes: importFormat !== null, markdown, bilingual, leading, blocks, ...(comments.length > 0 && { comments }) };
}

type PageRow = { id: number; approvedProposalId: number | null; currentProposalId: number | null };

/**
 * A page's proposals and flags, one query each and one after the other: inside the export's snapshot transaction,
 * Prisma would load sibling relations at once on its one connection, which pg queues with a deprecation warning.
 */
async function withRelations<R extends PageRow>(db: Tx, rows: R[]) {
  const proposalIds = rows.flatMap((row) => [row.approvedProposalId, row.currentProposalId]).filter((id): id is number => id !== null);
  const proposals = await db.proposal.findMany({ where: { id: { in: proposalIds } }, select: { id: true, text: true, state: true, createdAt: true, author: PERSON } });
  const annotations = await db.annotation.findMany({
    where: { segmentId: { in: rows.map((row) => row.id) } },
    orderBy: [{ segmentId: "asc" }, { start: "asc" }],
    select: { id: true, segmentId: true, start: true, end: true, category: true, subcategory: true, severity: true, note: true, state: true, createdAt: true, author: PERSON },
  });
  const proposalOf = new Map(proposals.map((proposal) => [proposal.id, proposal]));
  const annotationsOf = new Map<number, Omit<(typeof annotations)[number], "segmentId">[]>();
  for (const { segmentId, ...annotation } of annotations) annotationsOf.set(segmentId, [...(annotationsOf.get(segmentId) ?? []), annotation]);
  return rows.map((row) => ({
    ...row,
    approvedProposal: row.approvedProposalId === null ? null : proposalOf.get(row.approvedProposalId)!,
    currentProposal: row.currentProposalId === null ? null : proposalOf.get(row.currentProposalId)!,
    annotations: annotationsOf.get(row.id) ?? [],
  }));
}

type Review = { createdAt: Date; reviewer: { id: string; email: string } };

/** Each segment's latest review decision (approve or reject), with its reviewer. */
async function latestReviews(db: Tx, segmentIds: number[]): Promise<Map<number, Review>> {
  const rows = await db.review.findMany({
    where: { proposal: { segmentId: { in: segmentIds } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { createdAt: true, reviewerId: true, proposal: { select: { segmentId: true } } },
  });
  const reviewers = await db.user.findMany({ where: { id: { in: [...new Set(rows.map((row) => row.reviewerId))] } }, select: { id: true, email: true } });
  const reviewerOf = new Map(reviewers.map((reviewer) => [reviewer.id, reviewer]));
  const latest = new Map<number, Review>();
  for (const row of rows) if (!latest.has(row.proposal.segmentId)) latest.set(row.proposal.segmentId, { createdAt: row.createdAt, reviewer: reviewerOf.get(row.reviewerId)! });
  return latest;
}
