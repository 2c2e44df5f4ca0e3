import { CHECKS } from "@/lib/checks";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { findingsOfDocumentSchema } from "@/lib/validations/finding";
import { ORIGIN_PREFIX } from "./document-findings";

/**
 * Per check, the findings editors kept (as flags) and dismissed on a document: the checks' measured precision. A kept
 * flag a reviewer later dismissed was a false alarm after all, so it counts as dismissed.
 */
export const getCheckCounts = defineUseCase(
  { name: "getCheckCounts", permission: "report.read", input: findingsOfDocumentSchema, mode: "read" },
  async ({ input: { documentId }, db }) => {
    const [flagged, dismissed] = await Promise.all([
      db.annotation.groupBy({ by: ["origin", "state"], where: { segment: { documentId }, origin: { startsWith: ORIGIN_PREFIX } }, _count: { _all: true } }),
      db.findingDismissal.groupBy({ by: ["check"], where: { segment: { documentId } }, _count: { _all: true } }),
    ]);
    return CHECKS.map(({ id }) => {
      const flags = flagged.filter((k) => k.origin === `${ORIGIN_PREFIX}${id}`);
      const keptCount = sum(flags.filter((k) => k.state !== "dismissed"));
      const dismissedCount = sum(flags.filter((k) => k.state === "dismissed")) + sum(dismissed.filter((d) => d.check === id));
      const decided = keptCount + dismissedCount;
      return { check: id, kept: keptCount, dismissed: dismissedCount, precision: decided === 0 ? null : keptCount / decided };
    });
  },
);

const sum = (groups: { _count: { _all: number } }[]) => groups.reduce((total, group) => total + group._count._all, 0);
