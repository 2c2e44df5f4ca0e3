import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { AsyncLocalStorage } from "node:async_hooks";
import { getDb } from "@/lib/db";

export const inviteTokens = new AsyncLocalStorage<string[]>();

function secret() {
  const value = process.env.BETTER_AUTH_SECRET;
  if (!value || value.length < 32) {
    throw new Error("Set BETTER_AUTH_SECRET to a random string of at least 32 characters (npm start makes one in .data/ when it is unset).");
  }
  return value;
}

/** Sign-in attempts per client and minute; the browser tests raise it because all their sign-ins come from one address. */
function signInLimit() {
  const configured = Number(process.env.VERSO_SIGN_IN_LIMIT);
  return Number.isInteger(configured) && configured > 0 ? configured : 5;
}

function createAuth() {
  return betterAuth({
    database: prismaAdapter(getDb(), { provider: "postgresql" }),
    secret: secret(),
    baseURL: process.env.BETTER_AUTH_URL,
    // Same-origin: the browser's Origin must name the host it sent the request to (an app server behind any name or port).
    trustedOrigins: (request) => {
      const host = request?.headers.get("x-forwarded-host") ?? request?.headers.get("host");
      return host ? [`http://${host}`, `https://${host}`] : [];
    },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: 8,
      // Verso sends no email: the admin hands the invite link over, so the token goes back to the use case that asked.
      sendResetPassword: async ({ token }) => {
        inviteTokens.getStore()?.push(token);
      },
      resetPasswordTokenExpiresIn: 7 * 24 * 60 * 60,
      revokeSessionsOnPasswordReset: true,
    },
    // Only the admin's invite use case may mint a link; over HTTP the request endpoint does not exist.
    disabledPaths: ["/request-password-reset", "/sign-up/email"],
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    // Read with the session, so a request knows its actor's roles without a second query; never set through the API.
    user: { additionalFields: { roles: { type: "string[]", input: false, returned: true }, active: { type: "boolean", input: false, returned: true } } },
    rateLimit: { enabled: true, storage: "database", window: 60, max: 300, customRules: { "/sign-in/email": { window: 60, max: signInLimit() } } },
    advanced: { defaultCookieAttributes: { httpOnly: true, sameSite: "lax" } },
    databaseHooks: {
      session: {
        create: {
          // A deactivated account keeps its history but can no longer start a session.
          before: async (session) => {
            const user = await getDb().user.findUnique({ where: { id: session.userId }, select: { active: true } });
            return user?.active ? { data: session } : false;
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
