import { getDb } from "@/lib/db";
import type { ReportSegmentInput } from "./types";

const PAGE = 1_000;

/** The fields the report needs, a page of segments at a time in document order, so a book never loads in one query. */
export async function loadReportSegments(documentId: number): Promise<ReportSegmentInput[]> {
  const inputs: ReportSegmentInput[] = [];
  for (let cursor = 0; ; ) {
    const page = await getDb().segment.findMany({
      where: { documentId, order: { gt: cursor } },
      orderBy: { order: "asc" },
      take: PAGE,
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
    });
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
    if (page.length < PAGE) return inputs;
    cursor = page[page.length - 1].order;
  }
}
