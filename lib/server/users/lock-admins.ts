import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/server/auth/permissions";

/**
 * Two admins taking each other's rights at once would leave no admin: the active admins are locked (in id order, so
 * such changes queue instead of deadlocking), and an actor whose own admin rights went meanwhile is refused. An actor
 * with no account (the command line on an empty database) has none to lose.
 */
export async function lockAdminsAndRecheck(tx: Tx, actor: Actor): Promise<void> {
  const admins = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "user" WHERE active AND 'admin' = ANY(roles) ORDER BY id FOR UPDATE`;
  if (admins.some((admin) => admin.id === actor.id)) return;
  if (await tx.user.findUnique({ where: { id: actor.id }, select: { id: true } })) {
    throw new AppError("forbidden", "You are no longer an active admin: someone changed your account meanwhile. Nothing was changed.");
  }
}
