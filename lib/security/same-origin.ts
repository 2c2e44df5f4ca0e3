// Writes a browser sends from another origin carry the person's cookie when that origin is on the same site (another
// port or subdomain of Verso's host), so SameSite=Lax alone does not stop them; their Origin header does.

/** The origins a browser may send from: the host the request was sent to, over either scheme (an app server behind any name or port). */
export function sameOrigins(headers: Headers): string[] {
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  return host ? [`http://${host}`, `https://${host}`] : [];
}

const READS = new Set(["GET", "HEAD", "OPTIONS"]);

/** A write whose Origin names another origin (or `null`); one without an Origin (a script, curl) is not a browser's forgery. */
export function isCrossOriginWrite(request: Pick<Request, "method" | "headers">): boolean {
  if (READS.has(request.method.toUpperCase())) return false;
  const origin = request.headers.get("origin");
  return origin !== null && !sameOrigins(request.headers).includes(origin);
}

export const CROSS_ORIGIN_MESSAGE = "This request came from another site and was refused.";
