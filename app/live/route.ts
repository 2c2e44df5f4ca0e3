import { routeHandler } from "@/app/route-handler";
import { openLiveStream } from "@/lib/server/live/event-stream";

export const dynamic = "force-dynamic";

/** Server-Sent Events for every page but a document's: the header's counts and the document list's progress. */
export const GET = routeHandler(({ request, actor }) => openLiveStream({ request, actor, documentId: null }));
