import { AppError } from "@/lib/errors";
import { submitProposal } from "@/lib/server/proposals/submit-proposal";
import { routeHandler } from "@/app/route-handler";

/** POST {text, basedOnId?, expectedVersion}: the workspace's save, as JSON; 409 with both texts when the sentence moved on. */
export const POST = routeHandler<{ id: string; segmentId: string }>(async ({ actor, params, request }) => {
  const body = await request.json().catch(() => {
    throw new AppError("bad_input", "The request body is not JSON.");
  });
  if (!body || typeof body !== "object" || Array.isArray(body)) throw new AppError("bad_input", "The request body is not a JSON object.");
  return submitProposal({ actor, ...body, documentId: params.id, segmentId: params.segmentId });
});
