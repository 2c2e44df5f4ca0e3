import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { threadIdSchema } from "@/lib/validations/comment";
import { setThreadResolved } from "./set-thread-resolved";

/** Marks a thread as settled; a new comment, or "Reopen", opens it again. */
export const resolveThread = defineUseCase(
  { name: "resolveThread", permission: "comment.write", input: threadIdSchema },
  ({ actor, input: { threadId }, db: tx }) => setThreadResolved(tx, actor, threadId, true),
);
