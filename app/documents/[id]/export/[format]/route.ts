import { exportDocument } from "@/lib/server/export/export-document";
import { routeHandler } from "@/app/route-handler";
import { fileResponse } from "../file-response";

export const dynamic = "force-dynamic";

/** GET /documents/:id/export/:format?fill=mt|latest&raters=emails|anonymous&mark=unapproved, checked on the server whatever the page showed. */
export const GET = routeHandler<{ id: string; format: string }>(async ({ actor, params, url }) => {
  const query = url.searchParams;
  const markUnapproved = query.get("mark") === "unapproved";
  return fileResponse(
    await exportDocument({ actor, documentId: params.id, format: params.format, fill: query.get("fill") ?? undefined, raters: query.get("raters") ?? undefined, markUnapproved }),
  );
});
