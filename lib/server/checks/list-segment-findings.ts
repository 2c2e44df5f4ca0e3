import { AppError } from "@/lib/errors";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { segmentFindingsSchema } from "@/lib/validations/finding";
import { findingsOnText, undecidedFindings } from "./segment-findings";

/**
 * The open sentence's findings on its MT that nobody kept or dismissed yet, and, when the sentence has a newer text
 * (approved, else the latest open proposal), the findings on that text: what a proposal fixed, and what it still has;
 * and the findings dismissed on it, newest first, so that a dismissal made by mistake can be taken back.
 */
export const listSegmentFindings = defineUseCase(
  { name: "listSegmentFindings", permission: "document.read", input: segmentFindingsSchema, mode: "read" },
  async ({ input: { documentId, segmentId }, db }) => {
    const segment = await db.segment.findFirst({
      where: { id: segmentId, documentId },
      select: { mtText: true, approvedProposal: { select: { text: true } }, currentProposal: { select: { text: true, state: true } } },
    });
    if (!segment) throw new AppError("not_found", "That sentence is not in this document.");
    const [undecided, dismissals] = await Promise.all([
      undecidedFindings(db, documentId, [segmentId]),
      db.findingDismissal.findMany({
        where: { segmentId },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { check: true, start: true, end: true, reason: true, createdAt: true, dismissedBy: { select: { name: true } } },
      }),
    ]);
    const findings = undecided.get(segmentId) ?? [];
    const dismissed = dismissals.map(({ dismissedBy, ...d }) => ({ ...d, text: segment.mtText.slice(d.start, d.end), by: dismissedBy.name }));
    // A rejected or superseded proposal is no text of the sentence: it neither has findings nor fixes the MT's.
    const open = segment.currentProposal?.state === "open" ? segment.currentProposal : null;
    const text = segment.approvedProposal?.text ?? open?.text;
    if (text === undefined || text === segment.mtText) return { findings, dismissed, current: null };
    return { findings, dismissed, current: { text, findings: (await findingsOnText(db, segmentId, text)).findings } };
  },
);

export type SegmentFindings = Awaited<ReturnType<typeof listSegmentFindings>>;
