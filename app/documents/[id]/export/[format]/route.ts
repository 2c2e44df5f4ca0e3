import { exportDocument } from "@/lib/server/export/export-document";
import { routeHandler } from "@/app/route-handler";
import { fileResponse } from "../file-response";

export const dynamic = "force-dynamic";

/** GET /documents/:id/export/:format?fill=mt|latest, checked on the server whatever the page showed. */
export const GET = routeHandler<{ id: string; format: string }>(async ({ actor, params, url }) =>
  fileResponse(await exportDocument({ actor, documentId: params.id, format: params.format, fill: url.searchParams.get("fill") ?? undefined })),
);
