import { getDb } from "../lib/db";
import type { Role } from "../lib/generated/prisma/enums";

/** For the demo only; the README gives these passwords. */
export const DEMO_ACCOUNTS: { email: string; name: string; password: string; roles: Role[] }[] = [
  { email: "admin@verso.local", name: "Ada Admin", password: "verso-admin-demo", roles: ["admin"] },
  { email: "editor@verso.local", name: "Eddie Editor", password: "verso-editor-demo", roles: ["editor"] },
  { email: "reviewer@verso.local", name: "Rita Reviewer", password: "verso-reviewer-demo", roles: ["reviewer"] },
];

/** Creates the demo accounts that do not exist yet; returns the admin's id. */
export async function createDemoAccounts(): Promise<string> {
  const db = getDb();
  for (const account of DEMO_ACCOUNTS) {
    await db.user.upsert({ where: { email: account.email }, update: {}, create: { email: account.email, name: account.name, roles: account.roles } });
  }
  const admin = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS[0].email }, select: { id: true } });
  return admin.id;
}
