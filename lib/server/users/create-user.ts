import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit";
import { requirePermission, type Actor } from "@/lib/server/auth/permissions";
import { createUserSchema, type CreateUserInput } from "@/lib/validations/user";
import { createAccount } from "./create-account";
import { createInviteLink } from "./create-invite-link";

export async function createUser({ actor, input }: { actor: Actor | null; input: CreateUserInput }) {
  const admin = requirePermission(actor, "user.manage");
  const parsed = createUserSchema.safeParse(input);
  if (!parsed.success) throw new AppError("bad_input", parsed.error.issues[0]?.message ?? "The form is not valid.");
  const user = await getDb().$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: parsed.data.email } })) throw new AppError("conflict", `There is already an account for ${parsed.data.email}.`);
    const user = await createAccount(tx, parsed.data);
    await recordAudit(tx, { actorId: admin.id, action: "user.create", entityType: "User", entityId: user.id, after: { email: user.email, roles: user.roles } });
    return { id: user.id, email: user.email };
  });
  // After the commit: better-auth stores the token through its own connection, which must see the new user.
  const inviteLink = parsed.data.password ? null : await createInviteLink({ actor: admin, userId: user.id });
  return { ...user, inviteLink };
}
