import { leavePresence } from "@/lib/server/live/leave-presence";
import { updatePresence } from "@/lib/server/live/update-presence";
import { jsonObjectBody, routeHandler } from "@/app/route-handler";

/** POST {tabId, segmentId, editing}: a tab's heartbeat; {tabId, left: true}: the tab closed (sent as a beacon). */
export const POST = routeHandler<{ id: string }>(async ({ actor, params, request }) => {
  const { tabId, segmentId = null, editing = false, left } = await jsonObjectBody(request);
  if (left === true) return leavePresence({ actor, tabId });
  return updatePresence({ actor, documentId: params.id, tabId, segmentId, editing });
});
