"use server";

import { markFeedbackSeen } from "@/lib/server/users/mark-feedback-seen";
import { runAction } from "@/app/run-action";

/** Called once the feedback page is on screen; a failure only means the header keeps counting, so it is not shown (it is logged). */
export async function markFeedbackSeenAction(seenAt: string) {
  await runAction((actor) => markFeedbackSeen({ actor, seenAt }));
}
