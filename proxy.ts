import { NextResponse, type NextRequest } from "next/server";
import { getSessionCookie } from "better-auth/cookies";
import { contentSecurityPolicy } from "@/lib/security/content-security-policy";
import { CROSS_ORIGIN_MESSAGE, isCrossOriginWrite } from "@/lib/security/same-origin";

const PUBLIC = /^\/(sign-in|reset-password|api\/auth|_next)(\/|$)/;
// Route handlers answer a signed-out caller themselves, with 401 and JSON, as scripts and the workspace expect.
const ROUTE_HANDLERS = /^\/(live|mentionable|tm\/export|glossaries\/[^/]+\/export\/[^/]+|documents\/[^/]+\/(segments(\/.*)?|export\/[^/]+|report\/csv|live|presence|comments|findings))$/;

/**
 * Gives every response a CSP with a fresh nonce (Next puts it on its own scripts), and redirects
 * visitors without a session cookie to sign in; every page and action checks the session itself.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce);
  let response: NextResponse;
  if (isCrossOriginWrite(request)) {
    // Next refuses such a server action with a 500; this says what happened, as better-auth's 403 does.
    response = new NextResponse(CROSS_ORIGIN_MESSAGE, { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });
  } else if (PUBLIC.test(request.nextUrl.pathname) || ROUTE_HANDLERS.test(request.nextUrl.pathname) || getSessionCookie(request)) {
    const headers = new Headers(request.headers);
    headers.set("Content-Security-Policy", policy);
    response = NextResponse.next({ request: { headers } });
  } else {
    const signIn = new URL("/sign-in", request.url);
    signIn.searchParams.set("next", request.nextUrl.pathname + request.nextUrl.search);
    response = NextResponse.redirect(signIn);
  }
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

// Route handlers (JSON and files, no page scripts to protect) skip the proxy: it costs every save a round through it.
export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|documents/[^/]+/segments|documents/[^/]+/export/[^/]+|documents/[^/]+/report/csv|documents/[^/]+/live|documents/[^/]+/presence|live$).*)"] };
