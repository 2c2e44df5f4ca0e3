import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { markMentionsReadSchema } from "@/lib/validations/comment";
import { announceMentionChange } from "./mention-channel";

/** Marks the actor's own mentions read (these, or all); the header count drops in every tab they have open. */
export const markMentionsRead = defineUseCase(
  { name: "markMentionsRead", permission: "document.read", input: markMentionsReadSchema },
  async ({ actor, input: { mentionIds }, db: tx }) => {
    const { count } = await tx.mention.updateMany({
      where: { userId: actor.id, readAt: null, ...(mentionIds && { id: { in: mentionIds } }) },
      data: { readAt: new Date() },
    });
    if (count > 0) await announceMentionChange(tx, actor.id);
    return { marked: count };
  },
);
