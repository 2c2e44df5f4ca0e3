import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { createUserSchema } from "@/lib/validations/user";
import { createAccount } from "./create-account";
import { mintInviteLink } from "./mint-invite-link";

/** A person and, without a first password, their invite link: one transaction, so there is never one without the other. */
export const createUser = defineUseCase(
  { name: "createUser", permission: "user.manage", input: createUserSchema },
  async ({ actor, input, db: tx }) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      const message = `There is already an account for ${input.email}.`;
      throw new AppError("conflict", message, undefined, { email: [message] });
    }
    const user = await createAccount(tx, input);
    await recordAudit(tx, { actorId: actor.id, action: "user.create", entityType: "User", entityId: user.id, after: { email: user.email, roles: user.roles } });
    const inviteLink = input.password ? null : await mintInviteLink(tx, user.id);
    if (inviteLink) await recordAudit(tx, { actorId: actor.id, action: "user.invite", entityType: "User", entityId: user.id, after: { email: user.email } });
    return { id: user.id, email: user.email, inviteLink };
  },
);
