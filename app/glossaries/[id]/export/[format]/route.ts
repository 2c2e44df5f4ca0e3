import { exportGlossary } from "@/lib/server/glossaries/export-glossary";
import { routeHandler } from "@/app/route-handler";
import { fileResponse } from "@/app/documents/[id]/export/file-response";

export const dynamic = "force-dynamic";

/** GET /glossaries/:id/export/csv or /tbx. */
export const GET = routeHandler<{ id: string; format: string }>(async ({ actor, params }) => {
  const file = await exportGlossary({ actor, glossaryId: params.id, format: params.format });
  return fileResponse({ fileName: file.fileName, mimeType: file.contentType, body: file.body });
});
