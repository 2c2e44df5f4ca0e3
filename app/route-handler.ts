// Route handlers as thin adapters: JSON (or a file) out, 400/401/403/404 for what the caller got wrong, 500 with a reference.
import "server-only";
import { AppError, newRequestId, toAppError } from "@/lib/errors";
import { getActor } from "@/lib/server/auth/get-actor";
import type { Actor } from "@/lib/server/auth/permissions";
import { withRequest } from "@/lib/server/kernel/request-context";
import { CROSS_ORIGIN_MESSAGE, isCrossOriginWrite } from "@/lib/security/same-origin";

const NO_STORE = { "cache-control": "private, no-store" };

type Handle<P> = (args: { request: Request; params: P; actor: Actor | null; url: URL }) => Promise<unknown>;

/** A request's JSON object body, or a 400 that says what is wrong with it; the use case's schema checks each field. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function jsonObjectBody(request: Request): Promise<any> {
  const body = await request.json().catch(() => {
    throw new AppError("bad_input", "The request body is not JSON.");
  });
  if (!body || typeof body !== "object" || Array.isArray(body)) throw new AppError("bad_input", "The request body is not a JSON object.");
  return body;
}

export function routeHandler<P>(handle: Handle<P>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const requestId = newRequestId();
    return withRequest(requestId, async () => {
      try {
        // A page elsewhere on the same site could otherwise save, or move someone's presence, with their cookie.
        if (isCrossOriginWrite(request)) throw new AppError("forbidden", CROSS_ORIGIN_MESSAGE);
        const result = await handle({ request, params: await context.params, actor: await getActor(request.headers), url: new URL(request.url) });
        return result instanceof Response ? result : Response.json(result, { headers: NO_STORE });
      } catch (error) {
        const failure = toAppError(error, { requestId, useCase: "route" });
        const body = {
          // A caller of the API named its keys itself, so the key a message is about says where to look.
          error: failure.field ? `${failure.field}: ${failure.message}` : failure.message,
          ...(failure.fieldErrors && { fieldErrors: failure.fieldErrors }),
          ...(failure.code === "conflict" && failure.detail !== undefined && { conflict: failure.detail }),
          ...(failure.code === "bad_input" && failure.detail !== undefined && { detail: failure.detail }),
          ref: requestId,
        };
        return Response.json(body, { status: failure.status, headers: { ...NO_STORE, "x-request-id": requestId } });
      }
    });
  };
}
