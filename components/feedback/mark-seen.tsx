"use client";

import { useEffect } from "react";
import { markFeedbackSeenAction } from "@/app/feedback/actions";

/** Marks feedback as seen from the browser, after the page is shown, so a link prefetch never counts as reading it. */
export function MarkFeedbackSeen({ seenAt }: { seenAt: string }) {
  useEffect(() => {
    void markFeedbackSeenAction(seenAt);
  }, [seenAt]);
  return null;
}
