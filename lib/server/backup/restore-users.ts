import type { Tx } from "@/lib/db";
import type { BackupUser } from "./backup-schema";

/**
 * Links each person of a backup to the account with the same email, or creates one. A created account
 * has no password and no session: it keeps the person's work attributed until an admin re-invites them.
 */
export async function restoreUsers(tx: Tx, users: BackupUser[]): Promise<{ ids: Map<string, string>; created: string[] }> {
  const existing = await tx.user.findMany({ where: { email: { in: users.map((user) => user.email) } }, select: { id: true, email: true } });
  const ids = new Map(existing.map((user) => [user.email, user.id]));
  const missing = users.filter((user) => !ids.has(user.email));
  if (missing.length > 0) {
    const created = await tx.user.createManyAndReturn({
      data: missing.map(({ email, name, roles }) => ({ email, name, roles })),
      select: { id: true, email: true },
    });
    for (const user of created) ids.set(user.email, user.id);
  }
  return { ids, created: missing.map((user) => user.email) };
}
