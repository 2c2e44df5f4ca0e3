"use client";

import { ProgressBar } from "@/components/ui/progress-bar";
import { useLive } from "./live-provider";

/** The document list's progress, replaced by the live stream's figures when someone's work changes them. */
export function LiveProgressBar({ documentId, total, approved, confirmed, proposed, rejected }: { documentId: number; total: number; approved: number; confirmed: number; proposed: number; rejected: number }) {
  const live = useLive().progress[documentId];
  return live ? <ProgressBar total={live.segmentCount} approved={live.approved} confirmed={live.confirmed} proposed={live.proposed} rejected={live.rejected} /> : <ProgressBar total={total} approved={approved} confirmed={confirmed} proposed={proposed} rejected={rejected} />;
}
