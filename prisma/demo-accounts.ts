import { getDb } from "../lib/db";
import type { Role } from "../lib/generated/prisma/enums";
import { createAccount } from "../lib/server/users/create-account";

/** For the demo only; the README gives these passwords. */
export const DEMO_ACCOUNTS: { email: string; name: string; password: string; roles: Role[] }[] = [
  { email: "admin@verso.local", name: "Ada Admin", password: "verso-admin-demo", roles: ["admin"] },
  { email: "editor@verso.local", name: "Eddie Editor", password: "verso-editor-demo", roles: ["editor"] },
  { email: "reviewer@verso.local", name: "Rita Reviewer", password: "verso-reviewer-demo", roles: ["reviewer"] },
];

/** Creates the demo accounts that do not exist yet; returns the admin as an actor. */
export async function createDemoAccounts() {
  const db = getDb();
  for (const account of DEMO_ACCOUNTS) {
    if (await db.user.findUnique({ where: { email: account.email } })) continue;
    await db.$transaction((tx) => createAccount(tx, account));
  }
  const admin = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS[0].email } });
  return { id: admin.id, email: admin.email, name: admin.name, roles: admin.roles };
}
