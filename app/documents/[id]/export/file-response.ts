// HTTP for the download routes: a file as an attachment, never cached.

/** RFC 6266 with an ASCII fallback and RFC 5987's filename* for any other character. */
export function contentDisposition(fileName: string): string {
  // Accented Latin letters fall back to their base letter ("é" -> "e"); anything else outside ASCII becomes "_".
  const fallback = fileName.normalize("NFKD").replace(/\p{M}/gu, "").replace(/[^\x20-\x7e]|["\\%]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

export function fileResponse({ fileName, mimeType, body }: { fileName: string; mimeType: string; body: string | Uint8Array }): Response {
  return new Response(typeof body === "string" ? body : Buffer.from(body), {
    headers: { "content-type": mimeType, "content-disposition": contentDisposition(fileName), "cache-control": "private, no-store" },
  });
}
