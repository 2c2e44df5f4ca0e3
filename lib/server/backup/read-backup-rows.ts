import type { Tx } from "@/lib/db";
import { segmentPages } from "@/lib/server/segments/in-pages";

function readSegments(tx: Tx, documentId: number, afterOrder: number, take: number) {
  return tx.segment.findMany({
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
      sourceStart: true,
      sourceEnd: true,
      unitId: true,
      inlineCodes: true,
      status: true,
      version: true,
      currentProposalId: true,
      approvedProposalId: true,
      updatedAt: true,
    },
  });
}

async function readPage(tx: Tx, segments: Awaited<ReturnType<typeof readSegments>>) {
  const segmentIds = segments.map((segment) => segment.id);
  const bySegment = { segmentId: { in: segmentIds } };
  const proposals = await tx.proposal.findMany({
    where: bySegment,
    orderBy: [{ segment: { order: "asc" } }, { createdAt: "asc" }, { id: "asc" }],
    select: { id: true, segmentId: true, authorId: true, text: true, basedOnId: true, state: true, editedInReview: true, checkOverride: true, createdAt: true },
  });
  const reviews = await tx.review.findMany({
    where: { proposalId: { in: proposals.map((proposal) => proposal.id) } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, proposalId: true, reviewerId: true, decision: true, reason: true, createdAt: true },
  });
  const annotations = await tx.annotation.findMany({ where: bySegment, orderBy: [{ segment: { order: "asc" } }, { createdAt: "asc" }, { id: "asc" }] });
  const segmentTime = await tx.segmentTime.findMany({ where: bySegment });
  const findingDismissals = await tx.findingDismissal.findMany({
    where: bySegment,
    select: { id: true, segmentId: true, check: true, start: true, end: true, dismissedById: true, reason: true, createdAt: true },
  });
  return { segments, proposals, reviews, annotations, segmentTime, findingDismissals };
}

export type BackupRows = Awaited<ReturnType<typeof readPage>>;

/** Everything under the document's segments, a page of segments at a time. Reviews, segment time and dismissals are ordered later, by file refs and emails. */
export async function readBackupRows(tx: Tx, documentId: number): Promise<BackupRows> {
  const rows: BackupRows = { segments: [], proposals: [], reviews: [], annotations: [], segmentTime: [], findingDismissals: [] };
  for await (const segments of segmentPages((afterOrder, take) => readSegments(tx, documentId, afterOrder, take))) {
    const page = await readPage(tx, segments);
    for (const key of Object.keys(rows) as (keyof BackupRows)[]) for (const row of page[key]) (rows[key] as unknown[]).push(row);
  }
  return rows;
}
