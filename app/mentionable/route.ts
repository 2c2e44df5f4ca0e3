import { routeHandler } from "@/app/route-handler";
import { listMentionable } from "@/lib/server/comments/list-mentionable";

/** The people a comment box suggests after "@". */
export const GET = routeHandler(({ actor }) => listMentionable({ actor }));
