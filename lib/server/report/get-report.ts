import { z } from "zod";
import { DEFAULT_TYPOLOGY, type Typology } from "@/lib/metrics/typology";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { idSchema } from "@/lib/validations/common";
import { computeReport } from "./compute-report";
import { loadReportSegments } from "./load-report-segments";

/** The quality report of a document, or null when there is no such document. */
export const getReport = defineUseCase(
  { name: "getReport", permission: "report.read", input: z.object({ documentId: idSchema("document") }), mode: "read" },
  async ({ input: { documentId }, db }) => {
    const document = await db.document.findUnique({ where: { id: documentId }, select: { id: true, title: true, typology: { select: { definition: true } } } });
    if (!document) return null;
    const inputs = await loadReportSegments(documentId);
    const userIds = new Set(inputs.flatMap((input) => [...input.proposalAuthorIds, ...input.time.map((slice) => slice.userId)]));
    const users = await db.user.findMany({ where: { id: { in: [...userIds] } }, select: { id: true, name: true } });
    const typology = (document.typology?.definition as Typology | undefined) ?? DEFAULT_TYPOLOGY;
    const report = computeReport(inputs, typology, new Map(users.map((user) => [user.id, user.name])));
    return { document: { id: document.id, title: document.title }, typology, report };
  },
);

export type ReportView = NonNullable<Awaited<ReturnType<typeof getReport>>>;
