import { countFindings } from "@/lib/server/checks/count-findings";
import { jsonObjectBody, routeHandler } from "@/app/route-handler";

/** POST {segmentIds}: the undecided errors and warnings per sentence, for the markers of the workspace's list. */
export const POST = routeHandler<{ id: string }>(async ({ actor, params, request }) => {
  const body = await jsonObjectBody(request);
  return countFindings({ actor, documentId: params.id, segmentIds: body.segmentIds });
});
