import { parseMentions } from "@/lib/comments/parse-mentions";
import { recordAudit } from "@/lib/server/audit";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { EVENT } from "@/lib/server/live/event-types";
import { recordDocumentEvent } from "@/lib/server/live/record-document-event";
import { createCommentSchema } from "@/lib/validations/comment";
import { commentSelect, toCommentView } from "./comment-view";
import { findOrCreateThread } from "./lock-thread";
import { announceMentionChange } from "./mention-channel";
import { mentionablePeople } from "./mentionable-people";

/**
 * Comments on a sentence, or on the document when segmentId is null. A comment on a resolved thread reopens it. People
 * named with @ (their name or email) get a notification; one's own name notifies nobody.
 */
export const createComment = defineUseCase(
  { name: "createComment", permission: "comment.write", input: createCommentSchema },
  async ({ actor, input: { documentId, segmentId, body }, db: tx }) => {
    const thread = await findOrCreateThread(tx, documentId, segmentId);
    const { userIds, ambiguous, unknown } = parseMentions(body, await mentionablePeople(tx));
    const notified = userIds.filter((userId) => userId !== actor.id);
    const row = await tx.comment.create({
      data: { threadId: thread.id, authorId: actor.id, body, mentions: { create: notified.map((userId) => ({ userId })) } },
      select: commentSelect,
    });
    const reopened = thread.resolvedAt !== null;
    if (reopened) await tx.commentThread.update({ where: { id: thread.id }, data: { resolvedAt: null, resolvedById: null } });
    const comment = toCommentView(row);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "comment.create",
      entityType: "Comment",
      entityId: comment.id,
      documentId,
      segmentId,
      after: { text: body, mentions: comment.mentions.map((person) => person.name), ...(reopened && { reopened: true }) },
    });
    await recordDocumentEvent(tx, { documentId, type: EVENT.commentCreate, segmentId, actorId: actor.id, payload: { comment, thread: { id: thread.id, resolved: null } } });
    for (const userId of notified) await announceMentionChange(tx, userId);
    return { comment, threadId: thread.id, ambiguous, unknown };
  },
);
