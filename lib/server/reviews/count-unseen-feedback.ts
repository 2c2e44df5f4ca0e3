import { z } from "zod";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { feedbackWhere } from "./feedback-where";

/** Rejections and review edits of the actor's proposals since they last opened their feedback page. */
export const countUnseenFeedback = defineUseCase(
  { name: "countUnseenFeedback", permission: "proposal.submit", input: z.object({}), mode: "read" },
  async ({ actor, db }) => {
    const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { feedbackSeenAt: true } });
    const where = feedbackWhere(actor.id, user.feedbackSeenAt);
    const [rejected, edited] = await Promise.all([db.review.count({ where: where.rejected }), db.proposal.count({ where: where.edited })]);
    return rejected + edited;
  },
);
