import { getDb } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/server/auth/permissions";

/** The document with its blocks and segments in reading order, or null. */
export async function getDocument({ actor, documentId }: { actor: Actor | null; documentId: number }) {
  requirePermission(actor, "document.read");
  if (!Number.isSafeInteger(documentId) || documentId <= 0) return null;
  const db = getDb();
  const [document, blocks] = await Promise.all([
    db.document.findUnique({
      where: { id: documentId },
      select: { id: true, title: true, sourceLanguage: true, targetLanguage: true, provenance: true, segmentCount: true, createdAt: true, fileName: true },
    }),
    db.block.findMany({
      where: { documentId },
      orderBy: { order: "asc" },
      select: {
        id: true,
        kind: true,
        order: true,
        start: true,
        text: true,
        segments: { orderBy: { order: "asc" }, select: { id: true, order: true, start: true, end: true, mtText: true, status: true, version: true } },
      },
    }),
  ]);
  return document ? { ...document, blocks } : null;
}

export type DocumentView = NonNullable<Awaited<ReturnType<typeof getDocument>>>;
