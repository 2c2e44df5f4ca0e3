import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { findingsOfDocumentSchema } from "@/lib/validations/finding";
import { documentFindings, ORIGIN_PREFIX } from "./document-findings";
import { decidedBy } from "./segment-findings";

/** The automatic checks' findings on a document that no editor has accepted or dismissed yet. */
export const listFindings = defineUseCase(
  { name: "listFindings", permission: "document.read", input: findingsOfDocumentSchema, mode: "read" },
  async ({ input: { documentId }, db }) => {
    const findings = await documentFindings(db, documentId);
    const [dismissed, accepted] = await Promise.all([
      db.findingDismissal.findMany({ where: { segment: { documentId } }, select: { segmentId: true, check: true, start: true, end: true } }),
      db.annotation.findMany({ where: { segment: { documentId }, origin: { startsWith: ORIGIN_PREFIX } }, select: { segmentId: true, origin: true, start: true, end: true } }),
    ]);
    const decided = decidedBy(dismissed, accepted);
    return findings.filter((f) => !decided(f));
  },
);
