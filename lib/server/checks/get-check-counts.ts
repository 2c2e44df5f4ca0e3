import { CHECKS } from "@/lib/checks";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { findingsOfDocumentSchema } from "@/lib/validations/finding";
import { ORIGIN_PREFIX } from "./document-findings";

/** Per check, the findings editors kept (as flags) and dismissed on a document: the checks' measured precision. */
export const getCheckCounts = defineUseCase(
  { name: "getCheckCounts", permission: "report.read", input: findingsOfDocumentSchema, mode: "read" },
  async ({ input: { documentId }, db }) => {
    const [kept, dismissed] = await Promise.all([
      db.annotation.groupBy({ by: ["origin"], where: { segment: { documentId }, origin: { startsWith: ORIGIN_PREFIX } }, _count: { _all: true } }),
      db.findingDismissal.groupBy({ by: ["check"], where: { segment: { documentId } }, _count: { _all: true } }),
    ]);
    return CHECKS.map(({ id }) => {
      const keptCount = kept.find((k) => k.origin === `${ORIGIN_PREFIX}${id}`)?._count._all ?? 0;
      const dismissedCount = dismissed.find((d) => d.check === id)?._count._all ?? 0;
      const decided = keptCount + dismissedCount;
      return { check: id, kept: keptCount, dismissed: dismissedCount, precision: decided === 0 ? null : keptCount / decided };
    });
  },
);
