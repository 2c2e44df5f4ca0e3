import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { Tx } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

/** A user with a credential account, the way better-auth stores email sign-in (password hashed by better-auth); without a password, the account comes with the invite link. */
export async function createAccount(tx: Tx, input: { name: string; email: string; password?: string; roles: Role[] }) {
  const user = await tx.user.create({ data: { name: input.name, email: input.email, roles: input.roles, emailVerified: true } });
  if (!input.password) return user;
  await tx.account.create({ data: { id: randomUUID(), accountId: user.id, providerId: "credential", userId: user.id, password: await hashPassword(input.password) } });
  return user;
}
