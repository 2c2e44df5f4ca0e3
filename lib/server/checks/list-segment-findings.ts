import { AppError } from "@/lib/errors";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { segmentFindingsSchema } from "@/lib/validations/finding";
import { findingsOnText, undecidedFindings } from "./segment-findings";

/**
 * The open sentence's findings on its MT that nobody kept or dismissed yet, and, when the sentence has a newer text
 * (approved, else the latest open proposal), the findings on that text: what a proposal fixed, and what it still has.
 */
export const listSegmentFindings = defineUseCase(
  { name: "listSegmentFindings", permission: "document.read", input: segmentFindingsSchema, mode: "read" },
  async ({ input: { documentId, segmentId }, db }) => {
    const segment = await db.segment.findFirst({
      where: { id: segmentId, documentId },
      select: { mtText: true, approvedProposal: { select: { text: true } }, currentProposal: { select: { text: true, state: true } } },
    });
    if (!segment) throw new AppError("not_found", "That sentence is not in this document.");
    const findings = (await undecidedFindings(db, documentId, [segmentId])).get(segmentId) ?? [];
    // A rejected or superseded proposal is no text of the sentence: it neither has findings nor fixes the MT's.
    const open = segment.currentProposal?.state === "open" ? segment.currentProposal : null;
    const text = segment.approvedProposal?.text ?? open?.text;
    if (text === undefined || text === segment.mtText) return { findings, current: null };
    return { findings, current: { text, findings: (await findingsOnText(db, segmentId, text)).findings } };
  },
);

export type SegmentFindings = Awaited<ReturnType<typeof listSegmentFindings>>;
