import { z } from "zod";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";

/** The header's count: comments that mention the actor and that they have not marked read. */
export const countUnreadMentions = defineUseCase(
  { name: "countUnreadMentions", permission: "document.read", input: z.object({}), mode: "read" },
  ({ actor, db }) => db.mention.count({ where: { userId: actor.id, readAt: null } }),
);
