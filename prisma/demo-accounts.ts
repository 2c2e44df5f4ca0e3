import { getDb } from "../lib/db";
import type { Role } from "../lib/generated/prisma/enums";
import { createAccount } from "../lib/server/users/create-account";

/** For the demo only; the README gives these passwords. */
export const DEMO_ACCOUNTS: { email: string; name: string; password: string; roles: Role[] }[] = [
  { email: "admin@verso.local", name: "Ada Admin", password: "verso-admin-demo", roles: ["admin"] },
  { email: "editor@verso.local", name: "Eddie Editor", password: "verso-editor-demo", roles: ["editor"] },
  { email: "reviewer@verso.local", name: "Rita Reviewer", password: "verso-reviewer-demo", roles: ["reviewer"] },
];

/**
 * Creates the demo accounts in a database that has no account at all; returns whether it did.
 * Once anyone exists nothing is added, so an account an admin removed never comes back.
 */
export async function createDemoAccounts(): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    // Two app servers starting at once must not both see an empty table.
    await tx.$executeRaw`LOCK TABLE "user" IN SHARE ROW EXCLUSIVE MODE`;
    if (await tx.user.findFirst({ select: { id: true } })) return false;
    for (const account of DEMO_ACCOUNTS) await createAccount(tx, account);
    return true;
    // Three password hashes: on a busy machine they can outlast Prisma's 5 s default.
  }, { maxWait: 30_000, timeout: 30_000 });
}
