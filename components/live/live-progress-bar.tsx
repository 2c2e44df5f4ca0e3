"use client";

import { ProgressBar } from "@/components/ui/progress-bar";
import { useLive } from "./live-provider";

/** The document list's progress, replaced by the live stream's figures when someone's work changes them. */
export function LiveProgressBar({ documentId, total, approved, proposed, rejected }: { documentId: number; total: number; approved: number; proposed: number; rejected: number }) {
  const live = useLive().progress[documentId];
  return live ? <ProgressBar total={live.segmentCount} approved={live.approved} proposed={live.proposed} rejected={live.rejected} /> : <ProgressBar total={total} approved={approved} proposed={proposed} rejected={rejected} />;
}
