"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useLive } from "@/components/live/live-provider";

/** Reloads the page's data when the live stream's "My work" count moves away from what the page was rendered with. */
export function RefreshOnAssignment({ open }: { open: number }) {
  const router = useRouter();
  const live = useLive().counts.assigned;
  useEffect(() => {
    if (live !== undefined && live !== open) router.refresh();
  }, [live, open, router]);
  return null;
}
