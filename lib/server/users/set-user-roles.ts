import { AppError } from "@/lib/errors";
import { ROLE_NEEDS } from "@/lib/assignments/role-needs";
import { releaseAssignments } from "@/lib/server/assignments/release-assignments";
import { recordAudit } from "@/lib/server/audit";
import { announceUserChange } from "@/lib/server/live/announce-user-change";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { updateRolesSchema } from "@/lib/validations/user";
import { findUser } from "./find-user";
import { lockAdminsAndRecheck } from "./lock-admins";

export const setUserRoles = defineUseCase(
  { name: "setUserRoles", permission: "user.manage", input: updateRolesSchema },
  async ({ actor, input: { userId, roles }, db: tx }) => {
    if (userId === actor.id && !roles.includes("admin")) throw new AppError("bad_input", "You cannot remove your own admin role.");
    await lockAdminsAndRecheck(tx, actor);
    const before = await findUser(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { roles } });
    await announceUserChange(tx, userId);
    await recordAudit(tx, { actorId: actor.id, action: "user.roles", entityType: "User", entityId: userId, before: { roles: before.roles }, after: { roles } });
    // Sentences to edit or review stay assigned only to someone who still may: the others go, each in its document's activity.
    const lost = (["edit", "review"] as const).filter((role) => !(roles as string[]).includes(ROLE_NEEDS[role]));
    return { removedAssignments: await releaseAssignments(tx, actor.id, userId, lost) };
  },
);
