import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/db";
import { checkErrorsIn, overrideOrRefuse } from "@/lib/server/checks/proposal-check-errors";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { submitProposalSchema } from "@/lib/validations/proposal";
import { saveProposal, type SaveOutcome } from "./save-proposal-sql";

export type ProposalConflict = { version: number; theirText: string; theirAuthor: string; yourText: string };

/**
 * Adds a proposal if the segment is still at the version the editor started from; otherwise a conflict with both
 * texts, so nobody's work is replaced silently. Proposals never overwrite each other: each is kept in the history.
 */
export const submitProposal = defineUseCase(
  { name: "submitProposal", permission: "proposal.submit", input: submitProposalSchema, mode: "statement" },
  async ({ actor, input: { documentId, segmentId, text, basedOnId, expectedVersion, checkOverrideReason }, db }) => {
    // Errors block the proposal unless the editor gives a reason; warnings never do. Broken placeholders always do.
    const checkOverride = overrideOrRefuse(await checkErrorsIn(db, segmentId, text, documentId), checkOverrideReason);
    const saved = await saveProposal({ documentId, segmentId, authorId: actor.id, text, basedOnId: basedOnId ?? null, expectedVersion, checkOverride });
    if (!saved.found) throw new AppError("not_found", "That segment does not exist (any more). Reload the document.");
    if (!saved.baseOk) throw new AppError("bad_input", "A proposal can only build on a proposal for the same sentence.");
    if (saved.proposalId === null) throw await conflictError(db, segmentId, saved, text);
    return { proposalId: saved.proposalId, version: saved.currentVersion + 1, status: "proposed" as const };
  },
);

async function conflictError(db: Tx, segmentId: number, saved: SaveOutcome, yourText: string): Promise<AppError> {
  const current = saved.currentProposalId
    ? await db.proposal.findUnique({ where: { id: saved.currentProposalId }, select: { text: true, author: { select: { name: true } } } })
    : null;
  const theirText = current?.text ?? (await db.segment.findUniqueOrThrow({ where: { id: segmentId }, select: { mtText: true } })).mtText;
  const conflict: ProposalConflict = { version: saved.currentVersion, theirText, theirAuthor: current?.author.name ?? "the MT", yourText };
  return new AppError("conflict", `Sentence ${saved.order} changed while you were editing. Compare the two texts and choose what to keep.`, conflict);
}
