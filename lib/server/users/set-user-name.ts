import { z } from "zod";
import { recordAudit } from "@/lib/server/audit";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { recordPresenceEvent } from "@/lib/server/live/presence-event";
import { personNameSchema, userIdSchema } from "@/lib/validations/common";
import { findUser } from "./find-user";

/** Names are what the review queue, activity log and report show, so only an admin changes one, and it is audited. */
export const setUserName = defineUseCase(
  { name: "setUserName", permission: "user.manage", input: z.object({ userId: userIdSchema, name: personNameSchema }) },
  async ({ actor, input: { userId, name }, db: tx }) => {
    const before = await findUser(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { name } });
    await recordAudit(tx, { actorId: actor.id, action: "user.rename", entityType: "User", entityId: userId, before: { name: before.name }, after: { name } });
    // Colleagues show the name their presence events carry: each open tab is announced again under the new one.
    const places = await tx.presence.findMany({ where: { userId }, select: { documentId: true, tabId: true, segmentId: true, editing: true } });
    for (const { documentId, ...place } of places) await recordPresenceEvent(tx, documentId, { userId, name, ...place });
    return { name };
  },
);
