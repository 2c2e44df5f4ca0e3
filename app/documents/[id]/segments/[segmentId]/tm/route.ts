import { getTmMatches } from "@/lib/server/tm/get-tm-matches";
import { routeHandler } from "@/app/route-handler";

/** The panel's translation-memory matches for one segment. */
export const GET = routeHandler<{ id: string; segmentId: string }>(({ actor, params }) =>
  getTmMatches({ actor, documentId: params.id, segmentId: params.segmentId }),
);
