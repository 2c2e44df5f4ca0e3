import { exportTm } from "@/lib/server/tm/export-tm";
import { routeHandler } from "@/app/route-handler";
import { fileResponse } from "@/app/documents/[id]/export/file-response";

export const dynamic = "force-dynamic";

/** GET /tm/export?source=ru&target=en: the translation memory as TMX, all of it without a language. */
export const GET = routeHandler(async ({ actor, url }) => {
  const { tmx } = await exportTm({ actor, sourceLanguage: url.searchParams.get("source") || undefined, targetLanguage: url.searchParams.get("target") || undefined });
  return fileResponse({ fileName: "verso-translation-memory.tmx", mimeType: "application/x-tmx+xml; charset=utf-8", body: tmx });
});
