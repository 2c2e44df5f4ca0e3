import { z } from "zod";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { pageSchema } from "@/lib/validations/common";

export const DOCUMENTS_PAGE_SIZE = 50;

export type DocumentSummary = {
  id: number;
  title: string;
  createdAt: Date;
  segmentCount: number;
  approved: number;
  /** The MT confirmed unchanged: done, like approved. */
  confirmed: number;
  /** Waiting for review. */
  proposed: number;
  /** Waiting for a new proposal. */
  rejected: number;
};

/** One page of documents, newest first, with their progress counted for that page's documents only. */
export const listDocuments = defineUseCase(
  { name: "listDocuments", permission: "document.read", input: z.object({ page: pageSchema }), mode: "read" },
  async ({ input: { page }, db }) => {
    const [total, documents] = await Promise.all([
      db.document.count(),
      db.document.findMany({
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        skip: (page - 1) * DOCUMENTS_PAGE_SIZE,
        take: DOCUMENTS_PAGE_SIZE,
        select: { id: true, title: true, createdAt: true, segmentCount: true },
      }),
    ]);
    // One grouped query, restricted to this page's documents and the counted statuses: an index-only scan of Segment(documentId, status, order).
    const counts = documents.length
      ? await db.segment.groupBy({ by: ["documentId", "status"], where: { documentId: { in: documents.map((document) => document.id) }, status: { in: ["proposed", "approved", "rejected", "confirmed"] } }, _count: { _all: true } })
      : [];
    const none = { approved: 0, confirmed: 0, proposed: 0, rejected: 0 };
    const byDocument = new Map<number, typeof none>();
    for (const row of counts) {
      const entry = byDocument.get(row.documentId) ?? { ...none };
      if (row.status === "approved" || row.status === "confirmed" || row.status === "proposed" || row.status === "rejected") entry[row.status] += row._count._all;
      byDocument.set(row.documentId, entry);
    }
    const summaries: DocumentSummary[] = documents.map((document) => ({ ...document, ...(byDocument.get(document.id) ?? none) }));
    return { documents: summaries, total, page, pageCount: Math.max(1, Math.ceil(total / DOCUMENTS_PAGE_SIZE)) };
  },
);
