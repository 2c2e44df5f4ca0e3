import { getDb } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/server/auth/permissions";

export type DocumentSummary = {
  id: number;
  title: string;
  createdAt: Date;
  segmentCount: number;
  approved: number;
  proposed: number;
};

/** Every document with its progress, counted by the database rather than by loading segments. */
export async function listDocuments({ actor }: { actor: Actor | null }): Promise<DocumentSummary[]> {
  requirePermission(actor, "document.read");
  const db = getDb();
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
}
