import { getDb } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/server/auth/permissions";
import { EXPORT_FORMATS } from "@/lib/server/export/export-document";

/** What the export page says before a download: how many segments have no approved text, and the formats on offer. */
export async function getExportSummary({ actor, documentId }: { actor: Actor | null; documentId: number }) {
  requirePermission(actor, "document.export");
  if (!Number.isSafeInteger(documentId) || documentId <= 0) return null;
  const segment = getDb().segment;
  const [document, total, unapproved, withProposal] = await Promise.all([
    getDb().document.findUnique({ where: { id: documentId }, select: { id: true, title: true } }),
    segment.count({ where: { documentId } }),
    segment.count({ where: { documentId, approvedProposalId: null } }),
    segment.count({ where: { documentId, approvedProposalId: null, currentProposalId: { not: null } } }),
  ]);
  if (!document) return null;
  return { ...document, total, unapproved, withProposal, formats: [...EXPORT_FORMATS] as string[] };
}

export type ExportSummary = NonNullable<Awaited<ReturnType<typeof getExportSummary>>>;
