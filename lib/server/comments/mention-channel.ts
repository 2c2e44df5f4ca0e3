import type { Tx } from "@/lib/db";

/** Every app server LISTENs here for whose unread-mention count changed; the payload is only the user id. */
export const MENTION_CHANNEL = "verso_mention";

/** Sent at commit: each server recounts that person's mentions for their open tabs. */
export async function announceMentionChange(tx: Tx, userId: string) {
  await tx.$executeRaw`SELECT pg_notify(${MENTION_CHANNEL}, ${userId})`;
}
