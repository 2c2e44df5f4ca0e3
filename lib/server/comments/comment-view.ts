// A comment and a thread as the panel, the live events and the notifications show them.
import type { Prisma } from "@/lib/generated/prisma/client";

export const commentSelect = {
  id: true,
  body: true,
  createdAt: true,
  author: { select: { id: true, name: true } },
  mentions: { select: { user: { select: { id: true, name: true } } }, orderBy: { id: "asc" } },
} satisfies Prisma.CommentSelect;

type CommentRow = Prisma.CommentGetPayload<{ select: typeof commentSelect }>;

export type Person = { id: string; name: string };
export type CommentView = { id: number; body: string; createdAt: string; author: Person; mentions: Person[] };
export type ThreadState = { id: number; resolved: { at: string; by: Person } | null };
/** id null: nobody has commented here yet. */
export type ThreadView = { id: number | null; documentId: number; segmentId: number | null; resolved: ThreadState["resolved"]; comments: CommentView[] };

export function toCommentView(row: CommentRow): CommentView {
  return { id: row.id, body: row.body, createdAt: row.createdAt.toISOString(), author: row.author, mentions: row.mentions.map((mention) => mention.user) };
}

export function toThreadState(thread: { id: number; resolvedAt: Date | null; resolvedBy: Person | null }): ThreadState {
  return { id: thread.id, resolved: thread.resolvedAt && thread.resolvedBy ? { at: thread.resolvedAt.toISOString(), by: thread.resolvedBy } : null };
}
