import { getDb } from "@/lib/db";
import { segmentPages } from "@/lib/server/segments/in-pages";
import type { ReportSegmentInput } from "@/lib/server/report/types";

/** The reference path: the fields computeReport needs, a page of segments at a time in document order, so a book never loads in one query. */
export async function loadReportSegments(documentId: number): Promise<ReportSegmentInput[]> {
  const inputs: ReportSegmentInput[] = [];
  const pages = segmentPages((afterOrder, take) =>
    getDb().segment.findMany({
      where: { documentId, order: { gt: afterOrder } },
      orderBy: { order: "asc" },
      take,
      select: {
        id: true,
        order: true,
        mtText: true,
        status: true,
        approvedProposal: { select: { text: true, authorId: true } },
        proposals: { select: { authorId: true }, distinct: ["authorId"] },
        annotations: { select: { category: true, subcategory: true, severity: true, state: true } },
        timeSpent: { select: { userId: true, activeMs: true } },
      },
    }),
  );
  for await (const page of pages) {
    for (const row of page) {
      inputs.push({
        id: row.id,
        order: row.order,
        mt: row.mtText,
        status: row.status,
        approved: row.approvedProposal,
        proposalAuthorIds: row.proposals.map((proposal) => proposal.authorId),
        annotations: row.annotations,
        time: row.timeSpent,
      });
    }
  }
  return inputs;
}
