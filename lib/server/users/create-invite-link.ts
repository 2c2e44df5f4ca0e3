import { getAuth, inviteTokens } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit";
import { requirePermission, type Actor } from "@/lib/server/auth/permissions";

export const INVITE_PATH = "/reset-password";

/** A one-time link (7 days) for the person to choose a password, made by better-auth's reset flow; the admin hands it over. */
export async function createInviteLink({ actor, userId }: { actor: Actor | null; userId: string }): Promise<string> {
  const admin = requirePermission(actor, "user.manage");
  const user = await getDb().user.findUnique({ where: { id: userId }, select: { email: true, active: true } });
  if (!user) throw new AppError("not_found", "That account does not exist.");
  if (!user.active) throw new AppError("bad_input", "Reactivate the account before inviting the person again.");
  const tokens: string[] = [];
  await inviteTokens.run(tokens, () => getAuth().api.requestPasswordReset({ body: { email: user.email } }));
  if (tokens.length !== 1) throw new AppError("conflict", "No invite link could be made; try again.", { tokens: tokens.length });
  await getDb().$transaction((tx) => recordAudit(tx, { actorId: admin.id, action: "user.invite", entityType: "User", entityId: userId, after: { email: user.email } }));
  return `${INVITE_PATH}?token=${encodeURIComponent(tokens[0])}`;
}
