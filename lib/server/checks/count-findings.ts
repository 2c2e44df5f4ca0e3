import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { countFindingsSchema } from "@/lib/validations/finding";
import { undecidedFindings } from "./segment-findings";

/** For the workspace's list: how many undecided errors and warnings the checks report on each given sentence's MT. */
export const countFindings = defineUseCase(
  { name: "countFindings", permission: "document.read", input: countFindingsSchema, mode: "read" },
  async ({ input: { documentId, segmentIds }, db }) => {
    if (segmentIds.length === 0) return [];
    const findings = await undecidedFindings(db, documentId, segmentIds);
    return [...findings].flatMap(([segmentId, list]) => {
      const errors = list.filter((f) => f.severity === "error").length;
      return list.length === 0 ? [] : [{ segmentId, errors, warnings: list.length - errors }];
    });
  },
);

export type FindingCount = Awaited<ReturnType<typeof countFindings>>[number];
