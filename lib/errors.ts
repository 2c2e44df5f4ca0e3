// Typed errors: `message` is for the screen, `detail` for the client's own logic (a conflict's texts), never internals.
import { randomBytes } from "node:crypto";
import { ZodError } from "zod";
import { getLogger } from "@/lib/log";

export type ErrorCode = "bad_input" | "unauthenticated" | "forbidden" | "not_found" | "conflict" | "too_large" | "rate_limited" | "internal";
export type FieldErrors = Record<string, string[]>;

const STATUS: Record<ErrorCode, number> = {
  bad_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  rate_limited: 429,
  internal: 500,
};

export class AppError extends Error {
  /** Next passes a server error's digest to the error page: for an unexpected error it is the request id. */
  digest?: string;
  /** For a validation error, the path of the input it is about: an API caller's own key, never shown on a form. */
  field?: string;

  constructor(
    public readonly code: ErrorCode,
    message: string,
    public readonly detail?: unknown,
    public readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status() {
    return STATUS[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Short enough to read out over the phone, unique enough to find one log line. */
export function newRequestId(): string {
  return randomBytes(6).toString("hex");
}

/** Zod's issues as one plain sentence for the form (paths are code's words, not the reader's) and a message per field, keyed by the field's path. */
export function fromZodError(error: ZodError, fallback = "The form is not valid."): AppError {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  const first = error.issues[0];
  const failure = new AppError("bad_input", first ? first.message : fallback, undefined, fieldErrors);
  if (first && first.path.length > 0) failure.field = first.path.map(String).join(".");
  return failure;
}

export type FailureContext = { requestId: string; useCase?: string; actorId?: string | null };

/**
 * What any error becomes for a user: an AppError stays itself, a validation error becomes bad input, and anything
 * unexpected is logged once with its context and shown as a short message carrying the request id.
 */
export function toAppError(error: unknown, context: FailureContext): AppError {
  if (isAppError(error)) return error;
  if (error instanceof ZodError) return fromZodError(error);
  getLogger().error({ err: error, requestId: context.requestId, useCase: context.useCase, actorId: context.actorId ?? null }, "unexpected error");
  const failure = new AppError("internal", `Something went wrong on our side; nothing was changed (ref ${context.requestId}).`);
  failure.digest = context.requestId;
  return failure;
}
