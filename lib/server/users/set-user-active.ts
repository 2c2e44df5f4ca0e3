import { AppError } from "@/lib/errors";
import { releaseAssignments } from "@/lib/server/assignments/release-assignments";
import { recordAudit } from "@/lib/server/audit";
import { clearPresence } from "@/lib/server/live/clear-presence";
import { announceUserChange } from "@/lib/server/live/announce-user-change";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { setUserActiveSchema } from "@/lib/validations/user";
import { findUser } from "./find-user";
import { lockAdminsAndRecheck } from "./lock-admins";
import { revokeInviteLinks } from "./mint-invite-link";

/** Deactivating ends the person's sessions and presence, revokes their sign-in links and releases their assignments at once; their work stays attributed to them. */
export const setUserActive = defineUseCase(
  { name: "setUserActive", permission: "user.manage", input: setUserActiveSchema },
  async ({ actor, input: { userId, active }, db: tx }) => {
    if (userId === actor.id && !active) throw new AppError("bad_input", "You cannot deactivate your own account.");
    await lockAdminsAndRecheck(tx, actor);
    const before = await findUser(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { active } });
    if (!active) {
      await tx.session.deleteMany({ where: { userId } });
      await revokeInviteLinks(tx, userId);
      await clearPresence(tx, before);
    }
    await announceUserChange(tx, userId);
    await recordAudit(tx, { actorId: actor.id, action: active ? "user.activate" : "user.deactivate", entityType: "User", entityId: userId, before: { active: before.active }, after: { active } });
    // A deactivated person can do none of it, so their sentences go back to be assigned again.
    return { removedAssignments: active ? 0 : await releaseAssignments(tx, actor.id, userId, ["edit", "review"]) };
  },
);
