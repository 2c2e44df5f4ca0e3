"use client";

import { useRouter } from "next/navigation";
import { useLiveDocument } from "@/components/workspace/use-live-document";
import { CHANGES_STATUS } from "@/lib/server/live/event-types";

/** Fixing boundaries shows the whole article from the server: a colleague's split, link or first proposal re-renders it. */
export function LiveBoundaries({ documentId, lastEventId }: { documentId: number; lastEventId: string }) {
  const router = useRouter();
  useLiveDocument(documentId, lastEventId, {
    onEvent: (event) => {
      if (CHANGES_STATUS.has(event.type)) router.refresh();
    },
    onPresence: () => {},
    onReset: () => router.refresh(),
  });
  return null;
}
