import { getDb } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/server/auth/permissions";

/**
 * Records that the actor has seen their feedback up to `seenAt` (when their feedback page was rendered), so a decision
 * made while they were reading still counts as unseen. The mark never moves back or into the future.
 */
export async function markFeedbackSeen({ actor, seenAt = new Date() }: { actor: Actor | null; seenAt?: Date }) {
  const editor = requirePermission(actor, "proposal.submit");
  const now = new Date();
  const at = Number.isNaN(seenAt.getTime()) || seenAt > now ? now : seenAt;
  await getDb().user.updateMany({
    where: { id: editor.id, OR: [{ feedbackSeenAt: null }, { feedbackSeenAt: { lt: at } }] },
    data: { feedbackSeenAt: at },
  });
}
