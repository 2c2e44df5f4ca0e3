import { getActor } from "@/lib/server/auth/get-actor";
import { downloadDocument } from "@/lib/server/export/download-document";
import { errorResponse, fileResponse } from "../file-response";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; format: string }> };

/** GET /documents/:id/export/:format?fill=mt|latest, checked on the server whatever the page showed. */
export async function GET(request: Request, { params }: Context) {
  try {
    const { id, format } = await params;
    const fill = new URL(request.url).searchParams.get("fill") ?? undefined;
    const actor = await getActor(request.headers);
    return fileResponse(await downloadDocument({ actor, documentId: /^\d+$/.test(id) ? Number(id) : NaN, format, fill }));
  } catch (error) {
    return errorResponse(error);
  }
}
