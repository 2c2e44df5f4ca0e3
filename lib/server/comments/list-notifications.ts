import { z } from "zod";
import { defineUseCase } from "@/lib/server/kernel/define-use-case";

const SHOWN = 100;

export type Notification = {
  id: number;
  read: boolean;
  createdAt: string;
  author: string;
  body: string;
  documentId: number;
  documentTitle: string;
  /** The sentence commented on; null for the document's own thread. */
  segment: { id: number; order: number } | null;
};

/** The actor's mentions, newest first: who wrote what, where. */
export const listNotifications = defineUseCase(
  { name: "listNotifications", permission: "document.read", input: z.object({}), mode: "read" },
  async ({ actor, db }): Promise<Notification[]> => {
    const rows = await db.mention.findMany({
      where: { userId: actor.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: SHOWN,
      select: {
        id: true,
        readAt: true,
        createdAt: true,
        comment: {
          select: {
            body: true,
            author: { select: { name: true } },
            thread: { select: { document: { select: { id: true, title: true } }, segment: { select: { id: true, order: true } } } },
          },
        },
      },
    });
    return rows.map(({ id, readAt, createdAt, comment }) => ({
      id,
      read: readAt !== null,
      createdAt: createdAt.toISOString(),
      author: comment.author.name,
      body: comment.body,
      documentId: comment.thread.document.id,
      documentTitle: comment.thread.document.title,
      segment: comment.thread.segment,
    }));
  },
);
