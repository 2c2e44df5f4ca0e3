import type { Tx } from "@/lib/db";

const PAGE = 1_000;

async function readPage(tx: Tx, documentId: number, afterOrder: number | null) {
  const segments = await tx.segment.findMany({
    where: { documentId, ...(afterOrder === null ? {} : { order: { gt: afterOrder } }) },
    orderBy: { order: "asc" },
    take: PAGE,
    select: {
      id: true,
      order: true,
      blockId: true,
      start: true,
      end: true,
      mtText: true,
      status: true,
      version: true,
      currentProposalId: true,
      approvedProposalId: true,
      updatedAt: true,
    },
  });
  const segmentIds = segments.map((segment) => segment.id);
  const bySegment = { segmentId: { in: segmentIds } };
  const proposals = await tx.proposal.findMany({
    where: bySegment,
    orderBy: [{ segment: { order: "asc" } }, { createdAt: "asc" }, { id: "asc" }],
    select: { id: true, segmentId: true, authorId: true, text: true, basedOnId: true, state: true, editedInReview: true, createdAt: true },
  });
  const reviews = await tx.review.findMany({
    where: { proposalId: { in: proposals.map((proposal) => proposal.id) } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, proposalId: true, reviewerId: true, decision: true, reason: true, createdAt: true },
  });
  const annotations = await tx.annotation.findMany({ where: bySegment, orderBy: [{ segment: { order: "asc" } }, { createdAt: "asc" }, { id: "asc" }] });
  const segmentTime = await tx.segmentTime.findMany({ where: bySegment });
  return { segments, proposals, reviews, annotations, segmentTime };
}

export type BackupRows = Awaited<ReturnType<typeof readPage>>;

/** Everything under the document's segments, a page of segments at a time. Reviews and segment time are ordered later, by file refs and emails. */
export async function readBackupRows(tx: Tx, documentId: number): Promise<BackupRows> {
  const rows: BackupRows = { segments: [], proposals: [], reviews: [], annotations: [], segmentTime: [] };
  for (let afterOrder: number | null = null; ; ) {
    const page = await readPage(tx, documentId, afterOrder);
    for (const key of Object.keys(rows) as (keyof BackupRows)[]) for (const row of page[key]) (rows[key] as unknown[]).push(row);
    if (page.segments.length < PAGE) return rows;
    afterOrder = page.segments[page.segments.length - 1].order;
  }
}
