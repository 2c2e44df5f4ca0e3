// What approving and rejecting share: row locks, "still open?", and the segment's status after a decision.
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockSegment } from "@/lib/server/segments/lock-segment";

export async function lockOpenProposal(tx: Tx, proposalId: number) {
  const found = await tx.proposal.findUnique({ where: { id: proposalId }, select: { segmentId: true } });
  if (!found) throw new AppError("not_found", "That proposal does not exist.");
  // Segment first, then proposal: every writer takes the locks in this order, so two decisions cannot deadlock.
  const segment = await lockSegment(tx, found.segmentId);
  await tx.$queryRaw`SELECT id FROM "Proposal" WHERE id = ${proposalId} FOR UPDATE`;
  const proposal = await tx.proposal.findUniqueOrThrow({
    where: { id: proposalId },
    select: { id: true, authorId: true, text: true, state: true, reviews: { orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true, reviewer: { select: { name: true } } } } },
  });
  if (proposal.state !== "open") {
    const last = proposal.reviews[0];
    const who = last ? ` by ${last.reviewer.name} at ${last.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC` : "";
    throw new AppError("conflict", `This proposal was already ${proposal.state}${who}. Reload to see the current state.`);
  }
  return { proposal, segment };
}

/** The status a segment has once a proposal's fate is decided: open proposals wait for review, else its last decision stands. */
export async function settleStatus(tx: Tx, segmentId: number, decided: "approved" | "rejected") {
  const open = await tx.proposal.count({ where: { segmentId, state: "open" } });
  return open > 0 ? ("proposed" as const) : decided;
}
