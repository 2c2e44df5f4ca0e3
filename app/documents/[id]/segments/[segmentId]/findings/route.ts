import { listSegmentFindings } from "@/lib/server/checks/list-segment-findings";
import { routeHandler } from "@/app/route-handler";

/** The open sentence's undecided findings, and those on its latest text. */
export const GET = routeHandler<{ id: string; segmentId: string }>(({ actor, params }) =>
  listSegmentFindings({ actor, documentId: params.id, segmentId: params.segmentId }),
);
