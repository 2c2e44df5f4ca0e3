import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { leavePresenceSchema } from "@/lib/validations/presence";
import { recordPresenceEvent } from "./presence-event";

/** A tab that closes says so (the browser's beacon), so the others see it go at once rather than after the expiry. */
export const leavePresence = defineUseCase(
  { name: "leavePresence", permission: "document.read", input: leavePresenceSchema },
  async ({ actor, input: { tabId }, db: tx }) => {
    const gone = await tx.$queryRaw<{ documentId: number }[]>`
      DELETE FROM "Presence" WHERE "userId" = ${actor.id} AND "tabId" = ${tabId} RETURNING "documentId"`;
    for (const { documentId } of gone) await recordPresenceEvent(tx, documentId, { userId: actor.id, name: actor.name, tabId, segmentId: null, editing: false });
    return { left: gone.length > 0 };
  },
);
