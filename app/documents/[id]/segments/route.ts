import { listSegments } from "@/lib/server/workspace/list-segments";
import { routeHandler } from "@/app/route-handler";

/** A page of segments for the workspace's virtualised list: GET ?after=<order>&limit=&status=&category=&severity=&q= */
export const GET = routeHandler<{ id: string }>(({ actor, params, url }) =>
  listSegments({ actor, documentId: params.id, query: Object.fromEntries(url.searchParams) }),
);
