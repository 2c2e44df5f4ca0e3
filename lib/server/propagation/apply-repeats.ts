import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { applyRepeatsSchema } from "@/lib/validations/find-replace";
import { applyToSentences } from "./apply-to-sentences";
import { readApproved } from "./find-repeats";

/** The approved text of a sentence proposed for its repeats (same MT), one transaction; the repeats still go to review. */
export const applyRepeats = defineUseCase(
  { name: "applyRepeats", permission: "proposal.propagate", input: applyRepeatsSchema, timeout: 120_000 },
  async ({ actor, input: { segmentId, segments }, db: tx }) => {
    const approved = await readApproved(tx, segmentId);
    if (approved.text === null) throw new AppError("conflict", "That sentence has no approved text (any more); nothing was proposed.");
    const text = approved.text;
    const others = segments.filter((item) => item.segmentId !== segmentId);
    const outcome = await applyToSentences(tx, actor, approved.documentId, others, (row) => (row.mtText === approved.mtText ? text : null), {
      origin: "repeat",
      fromSegmentId: segmentId,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "document.repeat",
      entityType: "Segment",
      entityId: segmentId,
      documentId: approved.documentId,
      segmentId,
      after: { text, proposals: outcome.applied.length, skipped: outcome.skipped.length },
    });
    return outcome;
  },
);
