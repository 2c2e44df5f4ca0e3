import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit";
import { requirePermission, type Actor } from "@/lib/server/auth/permissions";
import { updateRolesSchema } from "@/lib/validations/user";

async function findUser(userId: string) {
  const user = await getDb().user.findUnique({ where: { id: userId } });
  if (!user) throw new AppError("not_found", "That account does not exist.");
  return user;
}

export async function setUserRoles({ actor, userId, roles }: { actor: Actor | null; userId: string; roles: string[] }) {
  const admin = requirePermission(actor, "user.manage");
  const parsed = updateRolesSchema.safeParse({ userId, roles });
  if (!parsed.success) throw new AppError("bad_input", parsed.error.issues[0]?.message ?? "Those roles are not valid.");
  if (userId === admin.id && !parsed.data.roles.includes("admin")) throw new AppError("bad_input", "You cannot remove your own admin role.");
  const before = await findUser(userId);
  await getDb().$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { roles: parsed.data.roles } });
    await recordAudit(tx, { actorId: admin.id, action: "user.roles", entityType: "User", entityId: userId, before: { roles: before.roles }, after: { roles: parsed.data.roles } });
  });
}

/** Deactivating ends the person's sessions at once; their work stays attributed to them. */
export async function setUserActive({ actor, userId, active }: { actor: Actor | null; userId: string; active: boolean }) {
  const admin = requirePermission(actor, "user.manage");
  if (userId === admin.id && !active) throw new AppError("bad_input", "You cannot deactivate your own account.");
  const before = await findUser(userId);
  await getDb().$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { active } });
    if (!active) await tx.session.deleteMany({ where: { userId } });
    await recordAudit(tx, { actorId: admin.id, action: active ? "user.activate" : "user.deactivate", entityType: "User", entityId: userId, before: { active: before.active }, after: { active } });
  });
}

export async function listUsers({ actor }: { actor: Actor | null }) {
  requirePermission(actor, "user.manage");
  return getDb().user.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, name: true, email: true, roles: true, active: true, createdAt: true } });
}
