import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { userIdInputSchema } from "@/lib/validations/user";
import { findUser } from "./find-user";
import { mintInviteLink } from "./mint-invite-link";

/** A new one-time sign-in link for a person; the admin hands it over (Verso sends no email). */
export const createInviteLink = defineUseCase(
  { name: "createInviteLink", permission: "user.manage", input: userIdInputSchema },
  async ({ actor, input: { userId }, db: tx }) => {
    const user = await findUser(tx, userId);
    if (!user.active) throw new AppError("bad_input", "Reactivate the account before inviting the person again.");
    const link = await mintInviteLink(tx, userId);
    await recordAudit(tx, { actorId: actor.id, action: "user.invite", entityType: "User", entityId: userId, after: { email: user.email } });
    return link;
  },
);
