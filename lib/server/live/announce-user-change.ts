import type { Tx } from "@/lib/db";

export const USER_CHANNEL = "verso_user";

/** At commit, every app server re-checks this person's live streams: a deactivated person's close, a role change applies. */
export async function announceUserChange(tx: Tx, userId: string) {
  await tx.$executeRaw`SELECT pg_notify(${USER_CHANNEL}, ${userId})`;
}
