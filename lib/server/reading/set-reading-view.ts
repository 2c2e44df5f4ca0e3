import { z } from "zod";
import { recordAudit } from "@/lib/server/audit";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { readingViewSchema } from "./reading-views";

/** Keeps the reader's choice of view on their account, so they find it again on any device. */
export const setReadingView = defineUseCase(
  { name: "setReadingView", permission: "document.read", input: z.object({ view: readingViewSchema }) },
  async ({ actor, input: { view }, db: tx }) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { readingView: true } });
    await tx.user.update({ where: { id: actor.id }, data: { readingView: view }, select: { id: true } });
    await recordAudit(tx, { actorId: actor.id, action: "user.reading-view", entityType: "User", entityId: actor.id, before: { readingView: before.readingView }, after: { readingView: view } });
    return { view };
  },
);
