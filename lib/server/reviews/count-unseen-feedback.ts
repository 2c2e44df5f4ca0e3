import { getDb } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/server/auth/permissions";
import { feedbackWhere } from "./feedback-where";

/** Rejections and review edits of the actor's proposals since they last opened their feedback page. */
export async function countUnseenFeedback({ actor }: { actor: Actor | null }) {
  const editor = requirePermission(actor, "proposal.submit");
  const db = getDb();
  const user = await db.user.findUniqueOrThrow({ where: { id: editor.id }, select: { feedbackSeenAt: true } });
  const where = feedbackWhere(editor.id, user.feedbackSeenAt);
  const [rejected, edited] = await Promise.all([db.review.count({ where: where.rejected }), db.proposal.count({ where: where.edited })]);
  return rejected + edited;
}
