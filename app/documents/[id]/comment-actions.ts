"use server";

import { runAction } from "@/app/run-action";
import type { FieldErrors } from "@/lib/errors";
import type { CommentView, ThreadState } from "@/lib/server/comments/comment-view";
import { createComment } from "@/lib/server/comments/create-comment";
import { reopenThread } from "@/lib/server/comments/reopen-thread";
import { resolveThread } from "@/lib/server/comments/resolve-thread";

export type CommentFormState = { ok: boolean; message: string | null; fieldErrors?: FieldErrors; comment?: CommentView; threadId?: number };
export type ThreadResult = { ok: true; thread: ThreadState } | { ok: false; message: string };

export async function createCommentAction(_previous: CommentFormState, form: FormData): Promise<CommentFormState> {
  const outcome = await runAction((actor) =>
    createComment({ actor, documentId: form.get("documentId") as string, segmentId: (form.get("segmentId") as string | null) ?? "", body: (form.get("body") as string | null) ?? "" }),
  );
  if (!outcome.ok) return { ok: false, message: outcome.message, fieldErrors: outcome.fieldErrors };
  const { comment, threadId, ambiguous, unknown } = outcome.value;
  const unsure =
    (ambiguous.length > 0 ? ` Nobody was notified for ${ambiguous.join(", ")}: several people have that name, so mention them by email.` : "") +
    (unknown.length > 0 ? ` Nobody was notified for ${unknown.join(", ")}: no active person in Verso has that email.` : "");
  const notified = comment.mentions.length > 0 ? ` Notified ${comment.mentions.map((person) => person.name).join(", ")}.` : "";
  return { ok: true, message: `Comment added.${notified}${unsure}`, comment, threadId };
}

export async function setThreadResolvedAction(threadId: number, resolve: boolean): Promise<ThreadResult> {
  const outcome = await runAction((actor) => (resolve ? resolveThread : reopenThread)({ actor, threadId }));
  return outcome.ok ? { ok: true, thread: outcome.value } : { ok: false, message: outcome.message };
}
