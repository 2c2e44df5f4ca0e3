import { NextResponse, type NextRequest } from "next/server";
import { getSessionCookie } from "better-auth/cookies";

// Route handlers answer a signed-out caller themselves, with 401 and JSON, as scripts and the workspace expect.
const ROUTE_HANDLERS = /^\/documents\/[^/]+\/(segments(\/.*)?|export\/[^/]+|report\/csv)$/;

/** Only a redirect for visitors without a session cookie; every page, action and route checks the session itself. */
export function proxy(request: NextRequest) {
  if (getSessionCookie(request) || ROUTE_HANDLERS.test(request.nextUrl.pathname)) return NextResponse.next();
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("next", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(signIn);
}

export const config = { matcher: ["/((?!sign-in|reset-password|api/auth|_next/|favicon.ico).*)"] };
