// Server actions as thin adapters: the signed-in actor and a request id go in, a result a form can show comes out.
import "server-only";
import { newRequestId, toAppError, type ErrorCode, type FieldErrors } from "@/lib/errors";
import type { Actor } from "@/lib/server/auth/permissions";
import { withRequest } from "@/lib/server/kernel/request-context";
import { currentActor } from "./session";

export type ActionFailure = { ok: false; code: ErrorCode; message: string; fieldErrors?: FieldErrors; detail?: unknown };
export type ActionOutcome<T> = { ok: true; value: T } | ActionFailure;

/** Runs a use case for the signed-in person; an unexpected error is logged once and comes back with its reference. */
export async function runAction<T>(work: (actor: Actor | null) => Promise<T>): Promise<ActionOutcome<T>> {
  const requestId = newRequestId();
  return withRequest(requestId, async () => {
    try {
      return { ok: true as const, value: await work(await currentActor()) };
    } catch (error) {
      const failure = toAppError(error, { requestId, useCase: "action" });
      return {
        ok: false as const,
        code: failure.code,
        message: failure.message,
        ...(failure.fieldErrors && { fieldErrors: failure.fieldErrors }),
        ...(failure.code === "conflict" && failure.detail !== undefined && { detail: failure.detail }),
      };
    }
  });
}
