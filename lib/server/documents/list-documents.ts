import { z } from "zod";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";

export type DocumentSummary = {
  id: number;
  title: string;
  createdAt: Date;
  segmentCount: number;
  approved: number;
  proposed: number;
};

/** Every document with its progress, counted by the database rather than by loading segments. */
export const listDocuments = defineUseCase(
  { name: "listDocuments", permission: "document.read", input: z.object({}), mode: "read" },
  async ({ db }): Promise<DocumentSummary[]> => {
    const [documents, counts] = await Promise.all([
      db.document.findMany({ orderBy: { createdAt: "desc" }, select: { id: true, title: true, createdAt: true, segmentCount: true } }),
      db.segment.groupBy({ by: ["documentId", "status"], _count: { _all: true } }),
    ]);
    const byDocument = new Map<number, { approved: number; proposed: number }>();
    for (const row of counts) {
      const entry = byDocument.get(row.documentId) ?? { approved: 0, proposed: 0 };
      if (row.status === "approved") entry.approved += row._count._all;
      if (row.status === "proposed" || row.status === "rejected") entry.proposed += row._count._all;
      byDocument.set(row.documentId, entry);
    }
    return documents.map((document) => ({ ...document, ...(byDocument.get(document.id) ?? { approved: 0, proposed: 0 }) }));
  },
);
