// HTTP for the download routes: a file as an attachment, and an error as JSON with its status, never a stack trace.
import { isAppError, userMessage } from "@/lib/errors";

/** RFC 6266 with an ASCII fallback and RFC 5987's filename* for any other character. */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

export function fileResponse({ fileName, mimeType, body }: { fileName: string; mimeType: string; body: string | Uint8Array }): Response {
  return new Response(typeof body === "string" ? body : Buffer.from(body), {
    headers: { "content-type": mimeType, "content-disposition": contentDisposition(fileName), "cache-control": "private, no-store" },
  });
}

export function errorResponse(error: unknown): Response {
  if (!isAppError(error)) console.error(error);
  return Response.json({ error: userMessage(error) }, { status: isAppError(error) ? error.status : 500, headers: { "cache-control": "no-store" } });
}
