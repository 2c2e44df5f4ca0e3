import { routeHandler } from "@/app/route-handler";
import { openLiveStream } from "@/lib/server/live/event-stream";
import { idSchema } from "@/lib/validations/common";

export const dynamic = "force-dynamic";

/** Server-Sent Events of one document (and the header's counts), replayed from Last-Event-ID or ?after= on (re)connection. */
export const GET = routeHandler<{ id: string }>(({ request, actor, params }) =>
  openLiveStream({ request, actor, documentId: idSchema("document").parse(params.id) }),
);
