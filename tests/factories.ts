import { getDb } from "../lib/db";
import type { Role } from "../lib/generated/prisma/enums";
import type { Actor } from "../lib/server/auth/permissions";
import { createAccount } from "../lib/server/users/create-account";

export const TEST_PASSWORD = "correct horse battery";

/** A new account with the given roles and a unique email, so tests never share rows. */
export async function createTestActor(...roles: Role[]): Promise<Actor> {
  const email = `${roles.join("-") || "none"}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@test.local`;
  // The password is hashed inside the transaction; with several test workers on a busy machine that can outlast Prisma's 5 s default.
  const user = await getDb().$transaction((tx) => createAccount(tx, { name: `Test ${roles.join("/")}`, email, password: TEST_PASSWORD, roles }), { maxWait: 30_000, timeout: 30_000 });
  return { id: user.id, email: user.email, name: user.name, roles: user.roles };
}

export function uniqueTitle(label: string) {
  return `${label} ${Date.now()} ${Math.random().toString(36).slice(2, 8)}`;
}
