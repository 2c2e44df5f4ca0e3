import { z } from "zod";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { idSchema } from "@/lib/validations/common";
import { EXPORT_FORMATS } from "@/lib/server/export/export-formats";

/** What the export page says before a download: how many segments have no approved text, and the formats on offer. */
export const getExportSummary = defineUseCase(
  { name: "getExportSummary", permission: "document.export", input: z.object({ documentId: idSchema("document") }), mode: "read" },
  async ({ input: { documentId }, db }) => {
    const segment = db.segment;
    const [document, total, unapproved, withProposal] = await Promise.all([
      db.document.findUnique({ where: { id: documentId }, select: { id: true, title: true, importFormat: true } }),
      segment.count({ where: { documentId } }),
      segment.count({ where: { documentId, approvedProposalId: null } }),
      // Only an open proposal fills a segment with "latest": a rejected one never does.
      segment.count({ where: { documentId, approvedProposalId: null, currentProposal: { is: { state: "open" } } } }),
    ]);
    if (!document) return null;
    return { ...document, total, unapproved, withProposal, formats: [...EXPORT_FORMATS] as string[] };
  },
);

export type ExportSummary = NonNullable<Awaited<ReturnType<typeof getExportSummary>>>;
