import { getSegmentTerms } from "@/lib/server/glossaries/get-segment-terms";
import { routeHandler } from "@/app/route-handler";

/** The glossary terms in one sentence, for the workspace panel's highlights. */
export const GET = routeHandler<{ id: string; segmentId: string }>(({ actor, params }) =>
  getSegmentTerms({ actor, documentId: params.id, segmentId: params.segmentId }),
);
