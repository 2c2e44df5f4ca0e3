import { z } from "zod";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";

/**
 * Records that the actor has seen their feedback up to `seenAt` (when their feedback page was rendered), so a decision
 * made while they were reading still counts as unseen. The mark never moves back or into the future.
 */
export const markFeedbackSeen = defineUseCase(
  { name: "markFeedbackSeen", permission: "proposal.submit", input: z.object({ seenAt: z.coerce.date().optional().catch(undefined) }) },
  async ({ actor, input: { seenAt }, db: tx }) => {
    const now = new Date();
    const at = !seenAt || seenAt > now ? now : seenAt;
    await tx.user.updateMany({ where: { id: actor.id, OR: [{ feedbackSeenAt: null }, { feedbackSeenAt: { lt: at } }] }, data: { feedbackSeenAt: at } });
  },
);
