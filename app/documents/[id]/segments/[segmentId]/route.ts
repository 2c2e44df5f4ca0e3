import { getSegmentDetail } from "@/lib/server/workspace/get-segment-detail";
import { routeHandler } from "@/app/route-handler";

/** The editing panel's data for one segment: proposals, reviews and history. */
export const GET = routeHandler<{ id: string; segmentId: string }>(({ actor, params }) =>
  getSegmentDetail({ actor, documentId: params.id, segmentId: params.segmentId }),
);
