// Typed errors: `message` is for the screen; `detail` is for logs only.
export type ErrorCode = "bad_input" | "unauthenticated" | "forbidden" | "not_found" | "conflict" | "too_large" | "rate_limited";

const STATUS: Record<ErrorCode, number> = {
  bad_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  rate_limited: 429,
};

export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message: string,
    public readonly detail?: unknown,
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

/** What a user may see of any error: an AppError's own message, never a raw database or runtime error. */
export function userMessage(error: unknown): string {
  return isAppError(error) ? error.message : "Something went wrong on our side; nothing was changed. Please try again.";
}
