import type { Tx } from "@/lib/db";
import { recordPresenceEvent } from "./presence-event";

/** Takes every tab of a person out of the documents they are in, and tells the others each tab left. */
export async function clearPresence(tx: Tx, user: { id: string; name: string }) {
  const gone = await tx.$queryRaw<{ documentId: number; tabId: string }[]>`
    DELETE FROM "Presence" WHERE "userId" = ${user.id} RETURNING "documentId", "tabId"`;
  for (const { documentId, tabId } of gone) await recordPresenceEvent(tx, documentId, { userId: user.id, name: user.name, tabId, segmentId: null, editing: false });
}
