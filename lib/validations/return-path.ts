// Where to go after signing in: only a path on Verso itself, however the `next` parameter was disguised.
const ORIGIN = "http://verso.invalid";

/** The same-origin path `next` names, normalised as a browser would resolve it; "/" for anything else. */
export function safeReturnPath(next: unknown): string {
  // A repeated ?next= arrives as an array.
  if (typeof next !== "string" || !next.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(next)) return "/";
  let url: URL;
  try {
    url = new URL(next, ORIGIN);
  } catch {
    return "/";
  }
  if (url.origin !== ORIGIN) return "/";
  const path = url.pathname + url.search + url.hash;
  // "/.//evil" resolves to the path "//evil", which a browser reads as another host.
  return path.startsWith("//") ? "/" : path;
}
