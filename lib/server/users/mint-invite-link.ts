// better-auth's reset flow redeems the link; Verso stores the token itself so that it commits with the change that made it.
import { randomBytes, randomUUID } from "node:crypto";
import { getDb, type Tx } from "@/lib/db";

export const INVITE_PATH = "/reset-password";
export const INVITE_DAYS = 7;
const PREFIX = "reset-password:";
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

function token(length = 24): string {
  const bytes = randomBytes(length * 2);
  let out = "";
  // Rejection sampling keeps every character equally likely.
  for (const byte of bytes) if (byte < 248 && out.length < length) out += ALPHABET[byte % 62];
  return out.length === length ? out : token(length);
}

/** Revokes the person's outstanding links: a new link, or deactivation, leaves only what it means to leave. */
export async function revokeInviteLinks(tx: Tx, userId: string) {
  await tx.verification.deleteMany({ where: { identifier: { startsWith: PREFIX }, value: userId } });
}

/** A one-time link (7 days) that lets the person choose a password; any earlier link of theirs stops working. */
export async function mintInviteLink(tx: Tx, userId: string): Promise<string> {
  await revokeInviteLinks(tx, userId);
  const value = token();
  await tx.verification.create({
    data: { id: randomUUID(), identifier: `${PREFIX}${value}`, value: userId, expiresAt: new Date(Date.now() + INVITE_DAYS * 24 * 3_600_000) },
  });
  return `${INVITE_PATH}?token=${encodeURIComponent(value)}`;
}

/** Whether a link can still be redeemed, so that its page says so before anyone types a password. */
export async function inviteLinkIsOpen(value: unknown): Promise<boolean> {
  // A mangled address (a NUL, a repeated parameter) is no link Verso made, and never reaches a query.
  if (typeof value !== "string" || !/^[A-Za-z0-9]{1,100}$/.test(value)) return false;
  const found = await getDb().verification.findFirst({ where: { identifier: `${PREFIX}${value}`, expiresAt: { gt: new Date() } }, select: { id: true } });
  return found !== null;
}
