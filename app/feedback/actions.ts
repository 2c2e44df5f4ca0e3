"use server";

import { markFeedbackSeen } from "@/lib/server/users/mark-feedback-seen";
import { currentActor } from "@/app/session";

/** Called once the feedback page is on screen; a failure only means the header keeps counting, so it is not shown. */
export async function markFeedbackSeenAction(seenAt: string) {
  try {
    await markFeedbackSeen({ actor: await currentActor(), seenAt: new Date(seenAt) });
  } catch {
    // The count stays as it was; nothing else depends on it.
  }
}
