import { defineUseCase } from "@/lib/server/kernel/define-use-case";
import { threadIdSchema } from "@/lib/validations/comment";
import { setThreadResolved } from "./set-thread-resolved";

/** Opens a resolved thread again, when the question turns out not to be settled. */
export const reopenThread = defineUseCase(
  { name: "reopenThread", permission: "comment.write", input: threadIdSchema },
  ({ actor, input: { threadId }, db: tx }) => setThreadResolved(tx, actor, threadId, false),
);
