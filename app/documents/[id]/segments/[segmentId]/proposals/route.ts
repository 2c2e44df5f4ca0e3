import { submitProposal } from "@/lib/server/proposals/submit-proposal";
import { jsonObjectBody, routeHandler } from "@/app/route-handler";

/** POST {text, basedOnId?, expectedVersion}: the workspace's save, as JSON; 409 with both texts when the sentence moved on. */
export const POST = routeHandler<{ id: string; segmentId: string }>(async ({ actor, params, request }) => {
  const body = await jsonObjectBody(request);
  return submitProposal({ actor, ...body, documentId: params.id, segmentId: params.segmentId });
});
