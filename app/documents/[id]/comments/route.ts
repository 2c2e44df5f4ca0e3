import { routeHandler } from "@/app/route-handler";
import { getCommentThread } from "@/lib/server/comments/get-comment-thread";

/** A comment thread: `?segment=ID` for a sentence's, none for the document's own. */
export const GET = routeHandler<{ id: string }>(({ actor, params, url }) =>
  getCommentThread({ actor, documentId: params.id, segmentId: url.searchParams.get("segment") ?? null }),
);
