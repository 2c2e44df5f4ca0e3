import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { getDb } from "@/lib/db";
import { clientAddress, PEER_HEADER } from "@/lib/security/client-address";
import { sameOrigins } from "@/lib/security/same-origin";
import { signInOverLimit } from "@/lib/security/sign-in-limit";
import { textSchema } from "@/lib/validations/common";

export function authSecret() {
  const value = process.env.BETTER_AUTH_SECRET;
  if (!value || value.length < 32) {
    throw new Error("Set BETTER_AUTH_SECRET to a random string of at least 32 characters (npm start makes one in .data/ when it is unset).");
  }
  return value;
}

/** Over HTTP the UI (components/auth/*) needs only these; every other better-auth endpoint, today's or a future one, answers 404. */
const HTTP_PATHS = ["/sign-in/email", "/sign-out", "/reset-password", "/get-session", "/ok", "/error"];

// A deactivated account gets exactly the answer a wrong password gets, so it confirms nothing.
const WRONG_PASSWORD = () => new APIError("UNAUTHORIZED", { message: "Invalid email or password", code: "INVALID_EMAIL_OR_PASSWORD" });

/** Seconds: a session lasts a week and is extended once a day while used. */
export const SESSION_TIMES = { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 };

function createAuth() {
  return betterAuth({
    database: prismaAdapter(getDb(), { provider: "postgresql" }),
    secret: authSecret(),
    baseURL: process.env.BETTER_AUTH_URL,
    // Same-origin: the browser's Origin must name the host it sent the request to (an app server behind any name or port).
    trustedOrigins: (request) => (request ? sameOrigins(request.headers) : []),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: 8,
      resetPasswordTokenExpiresIn: 7 * 24 * 60 * 60,
      revokeSessionsOnPasswordReset: true,
    },
    session: SESSION_TIMES,
    // Read with the session, so a request knows its actor's roles without a second query; never set through the API.
    user: { additionalFields: { roles: { type: "string[]", input: false, returned: true }, active: { type: "boolean", input: false, returned: true } } },
    // better-auth's limiter trusts any single X-Forwarded-For and puts unparsable ones in one shared bucket; Verso limits sign-in itself.
    rateLimit: { enabled: false },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (!ctx.request) return;
        // Invite links are minted by the admin's use case; names, emails and roles change only through Verso's use cases.
        if (!HTTP_PATHS.includes(ctx.path)) throw new APIError("NOT_FOUND");
        // PostgreSQL refuses a NUL or a lone surrogate in text; such an email, password or token is bad input, not a 500.
        if (Object.values(ctx.body ?? {}).some((value) => typeof value === "string" && !textSchema().safeParse(value).success)) {
          throw new APIError("BAD_REQUEST", { message: "A field holds a character that is not text (NUL or a lone surrogate).", code: "INVALID_INPUT" });
        }
        if (ctx.path !== "/sign-in/email") return;
        const address = clientAddress(ctx.request.headers);
        if (await signInOverLimit({ address, email: String(ctx.body?.email ?? "") })) {
          throw new APIError("TOO_MANY_REQUESTS", { message: "Too many sign-in attempts. Wait a minute, then try again." });
        }
      }),
    },
    // joins: the session and its user in one query, read on every request.
    advanced: { defaultCookieAttributes: { httpOnly: true, sameSite: "lax" }, ipAddress: { ipAddressHeaders: [PEER_HEADER] }, database: { joins: true } },
    databaseHooks: {
      session: {
        create: {
          // A deactivated account keeps its history but can no longer start a session.
          before: async (session) => {
            const user = await getDb().user.findUnique({ where: { id: session.userId }, select: { active: true } });
            if (!user?.active) throw WRONG_PASSWORD();
            return { data: session };
          },
        },
      },
    },
  });
}

const globalForAuth = globalThis as unknown as { auth?: ReturnType<typeof createAuth> };

/** The one better-auth instance: sessions in PostgreSQL, passwords hashed by the library, sign-in rate-limited. */
export function getAuth() {
  globalForAuth.auth ??= createAuth();
  return globalForAuth.auth;
}
